/** Environment read once. Mock mode runs the whole desktop on MSW alone. */
export const env = {
  mock: import.meta.env.VITE_MOCK === 'true',
  realtimeUrl(): string {
    const { protocol, host } = window.location;
    return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`;
  },
};
