import { createRouter } from '../http/router.js';

export const roundsRoutes = createRouter();
