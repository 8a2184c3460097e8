import { createRouter } from '../http/router.js';

export const demandRoutes = createRouter();
