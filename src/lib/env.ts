/** Environment read once. Mock mode runs the whole desktop on MSW alone. */
export const env = {
  mock: import.meta.env.VITE_MOCK === 'true',
};
