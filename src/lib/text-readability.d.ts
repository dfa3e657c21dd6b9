// text-readability ships no types; we use only this function.
declare module 'text-readability' {
	const readability: { fleschKincaidGrade(text: string): number };
	export default readability;
}
