// Web Worker: exposes the engine over comlink. No logic here.
import { expose } from 'comlink';
import { engineApi } from './api.ts';

expose(engineApi);
