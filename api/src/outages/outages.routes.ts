import { createRouter } from '../http/router.js';

export const outagesRoutes = createRouter();
