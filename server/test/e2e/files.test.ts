// Files through Mattermost's own client: upload, attach to a post, info, download; the size
// limit answered with 413 while streaming.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { type ServerHandle, startServer } from '../harness.js';

const { Client4 } = mattermost;
const MiB = 1024 * 1024;

describe('files through @mattermost/client', () => {
  let server: ServerHandle;
  const owner = new Client4();
  const stranger = new Client4();
  let channelId: string;

  before(async () => {
    server = await startServer({ config: { ServiceSettings: { MaxFileSizeBytes: 2 * MiB } } });
    owner.setUrl(server.url);
    stranger.setUrl(server.url);
    await owner.createUser({ username: 'owner', email: 'owner@example.com', password: 'owner-password' } as any, '', '');
    await owner.login('owner', 'owner-password');
    await owner.createUser({ username: 'stranger', email: 'stranger@example.com', password: 'stranger-password' } as any, '', '');
    await stranger.login('stranger', 'stranger-password');
    const team = await owner.createTeam({ name: 'files', display_name: 'Files', type: 'I' } as any);
    channelId = (await owner.createChannel({ team_id: team.id, name: 'private-files', display_name: 'Private', type: 'P' } as any)).id;
  });

  after(async () => {
    await server?.stop();
  });

  test('upload, attach to a post, list, info and download byte for byte', async () => {
    const data = crypto.randomBytes(300 * 1024);
    const form = new FormData();
    form.append('channel_id', channelId);
    form.append('client_ids', 'c1');
    form.append('files', new Blob([new Uint8Array(data)]), 'report.pdf');
    const uploaded = await owner.uploadFile(form);
    assert.deepEqual(uploaded.client_ids, ['c1']);
    const info = uploaded.file_infos[0];
    assert.deepEqual([info.name, info.extension, info.size, info.mime_type, info.channel_id], ['report.pdf', 'pdf', data.length, 'application/pdf', channelId]);
    const post = await owner.createPost({ channel_id: channelId, message: 'see attached', file_ids: [info.id] } as any);
    assert.deepEqual(post.file_ids, [info.id]);
    const attached = await owner.getFileInfosForPost(post.id);
    assert.deepEqual(attached.map((f: any) => [f.id, f.post_id]), [[info.id, post.id]]);
    const res = await fetch(`${server.url}/api/v4/files/${info.id}`, { headers: { Authorization: `Bearer ${owner.getToken()}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(data));
  });

  test('files of a private channel are not shown to outsiders, nor can they upload there', async () => {
    const form = new FormData();
    form.append('channel_id', channelId);
    form.append('files', new Blob(['x']), 'x.txt');
    const info = (await owner.uploadFile(form)).file_infos[0];
    const res = await fetch(`${server.url}/api/v4/files/${info.id}/info`, { headers: { Authorization: `Bearer ${stranger.getToken()}` } });
    assert.equal(res.status, 404);
    const sneaky = new FormData();
    sneaky.append('files', new Blob(['y']), 'y.txt');
    sneaky.append('channel_id', channelId);
    await assert.rejects(stranger.uploadFile(sneaky), (e: any) => e.status_code === 404);
  });

  test('a file over the limit is refused with 413 while it streams', async () => {
    const boundary = 'plughost-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="channel_id"\r\n\r\n${channelId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${server.url}/api/v4/files`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${owner.getToken()}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      }, (res) => { res.resume(); resolve(res.statusCode!); });
      req.on('error', (err) => (err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? resolve(-1) : reject(err)));
      req.write(head);
      const block = Buffer.alloc(MiB, 1);
      let sent = 0;
      const pump = () => {
        // 64 MiB offered; the server must answer long before taking it all.
        while (sent < 64) {
          sent += 1;
          if (!req.write(block)) return req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    assert.equal(status, 413);
  });
});
