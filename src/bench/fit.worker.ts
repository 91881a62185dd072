/** Entry of the bench-only training worker; its logic is in fit.ts, where it is type-checked. */
import { serveFitRequests, type FitPort } from './fit';

serveFitRequests(self as unknown as FitPort);
