// Ambient types for SvelteKit: this app declares no App.Locals, App.PageData or other app-wide types.
export {};
