/** The `/whichpy` application command as Discord's API takes it (type 1 = chat input). */
export const WHICHPY_COMMAND = {
  name: 'whichpy',
  type: 1,
  description: 'Compare Python web frameworks, or ask about one',
  options: [
    { type: 3, name: 'question', description: 'e.g. flask vs django for admin panel', required: false, max_length: 500 },
    { type: 5, name: 'private', description: 'Only you see the answer', required: false },
  ],
  // Usable in servers, the bot's DMs and private channels.
  contexts: [0, 1, 2],
  integration_types: [0],
} as const;
