import { createRouter } from '../http/router.js';

export const companiesRoutes = createRouter();
