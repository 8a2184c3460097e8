import { createRouter } from '../http/router.js';

export const bidsRoutes = createRouter();
