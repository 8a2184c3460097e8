import { createRouter } from '../http/router.js';

export const organisationsRoutes = createRouter();
