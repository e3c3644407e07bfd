// Team icons: one image per team in the file store (teams/<id>/teamIcon), kept as uploaded
// (PNG, JPEG, GIF or BMP); the team's last_team_icon_update says when it last changed, so
// clients can tell a new icon from a cached one.
import { invalidField, notFound } from './errors.js';
import { type Files, imageMimeType } from './files.js';
import { now } from './ids.js';
import type { Team } from './models.js';
import type { Teams } from './teams.js';

const iconPath = (teamId: string) => `teams/${teamId}/teamIcon`;

export class TeamIcons {
  constructor(private readonly teams: Teams, private readonly files: Files) {}

  /** The icon and its MIME type; 404 if the team has none. */
  async get(teamId: string): Promise<{ data: Buffer; mimeType: string }> {
    const team = await this.teams.get(teamId);
    const data = team.last_team_icon_update ? await this.files.readObject(iconPath(team.id)) : undefined;
    if (!data) throw notFound('api.team.get_team_icon.read_file.app_error', `Team ${teamId} has no icon.`);
    return { data, mimeType: imageMimeType(data) ?? 'application/octet-stream' };
  }

  /** Sets the icon: 400 unless the data is a PNG, JPEG, GIF or BMP image, 413 past the upload size limit. */
  async set(teamId: string, data: Buffer): Promise<Team> {
    const team = await this.teams.get(teamId);
    if (!imageMimeType(data)) throw invalidField('team', 'image', 'must be a PNG, JPEG, GIF or BMP image');
    await this.files.writeObject(iconPath(team.id), data);
    return this.teams.setIconUpdate(team.id, now());
  }

  /** Removes the icon, if there is one. */
  async remove(teamId: string): Promise<Team> {
    const team = await this.teams.get(teamId);
    await this.files.removeObject(iconPath(team.id));
    return this.teams.setIconUpdate(team.id, 0);
  }
}
