/** The built-in sample worlds, by id, in the order the app lists them (the welcome world first). */
import type { World } from '../types';
import { crossAccountWorld } from './cross-account';
import { ec2World } from './ec2';
import { federationWorld } from './federation';
import { organizationWorld } from './organization';
import { welcomeWorld } from './welcome';

/** One built-in world: an id, and a function that builds it fresh. */
export interface SampleWorld {
  id: string;
  build: () => World;
}

/** Every built-in sample world. */
export const SAMPLE_WORLDS: readonly SampleWorld[] = [
  { id: 'welcome', build: welcomeWorld },
  { id: 'cross-account', build: crossAccountWorld },
  { id: 'federation', build: federationWorld },
  { id: 'ec2', build: ec2World },
  { id: 'organization', build: organizationWorld },
];

export { welcomeWorld, crossAccountWorld, federationWorld, ec2World, organizationWorld };
