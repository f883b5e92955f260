import { NAME_MAX_LENGTH } from '../../domain/validation';

/** A channel's name is optional (the kind names it then), but bounded like every other name. */
export function validateChannelName(name: string): string | null {
  const length = name.trim().length;
  return length > NAME_MAX_LENGTH
    ? `Keep the name to ${NAME_MAX_LENGTH} characters (it has ${length}).`
    : null;
}
