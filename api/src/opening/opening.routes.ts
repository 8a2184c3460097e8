import { createRouter } from '../http/router.js';

export const openingRoutes = createRouter();
