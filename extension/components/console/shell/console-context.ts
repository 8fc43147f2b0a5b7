// What every console page knows, apart from the app that provides it (so pages never import the app back).
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';

/** Who is signed in and the rounds they may see. */
export type ConsoleContext = { me: Me; rounds: Round[]; reloadRounds: () => void };
