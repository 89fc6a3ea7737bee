import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';

interface Manifest {
  features: { slash_commands: Array<{ command: string; url: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url: string }; interactivity: { is_enabled: boolean; request_url: string } };
}

describe('Slack app manifest (src/slack/manifest.yaml)', () => {
  const manifest = parse(readFileSync(join(__dirname, '../../src/slack/manifest.yaml'), 'utf8')) as Manifest;

  it('asks for exactly the scopes the bot uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:read', 'im:write']);
  });

  it('declares the default slash command, mention and DM events, and interactivity, all on /slack/events', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/whichpy']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    for (const url of [manifest.features.slash_commands[0]!.url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
  });
});
