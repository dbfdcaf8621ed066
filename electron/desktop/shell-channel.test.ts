import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { shellChannel, shellReadyChannel } from './ipc-channel.ts';
import { createShellChannel } from './shell-channel.ts';

type Listener = (event: unknown) => void;

function setup() {
  const listeners = new Map<string, Listener>();
  const channel = createShellChannel({ on: (name: string, l: Listener) => listeners.set(name, l) } as never);
  const contents = Object.assign(new EventEmitter(), { send: vi.fn() });
  const ready = (url = 'app://renderer/index.html', parent: unknown = null) => listeners.get(shellReadyChannel)!({ senderFrame: { url, parent } });
  const sent = () => contents.send.mock.calls.map(([name, command]) => (name === shellChannel ? command : `wrong channel ${String(name)}`));
  return { channel, contents, ready, sent };
}

describe('the shell command channel', () => {
  it('holds commands until the page listens, then sends them in order', () => {
    const { channel, contents, ready, sent } = setup();
    channel.send({ type: 'find' });
    channel.attach(contents);
    channel.send({ type: 'export' });
    expect(sent()).toEqual([]);
    ready();
    channel.send({ type: 'go', to: 'notes' });
    expect(sent()).toEqual([{ type: 'find' }, { type: 'export' }, { type: 'go', to: 'notes' }]);
  });

  it('ignores a “ready” from anything but the app’s own top frame', () => {
    const { channel, contents, ready, sent } = setup();
    channel.attach(contents);
    channel.send({ type: 'find' });
    ready('https://evil.example/');
    ready('app://renderer/index.html', {});
    expect(sent()).toEqual([]);
  });

  it('holds commands again while the page reloads', () => {
    const { channel, contents, ready, sent } = setup();
    channel.attach(contents);
    ready();
    contents.emit('did-start-loading');
    channel.send({ type: 'search' });
    expect(sent()).toEqual([]);
    ready();
    expect(sent()).toEqual([{ type: 'search' }]);
  });
});
