import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { applyListing } from './listing-apply.service.js';
import * as listing from './listing.service.js';
import {
  AppliedListingChange,
  Listing,
  ListingApplied,
  ListingChangeBody,
  ListingChangeList,
  ListingIdParam,
  ListingList,
  ListingQuery,
  NewListingBody,
  RoundIdParam,
} from './listing.schema.js';

const tags = ['listing'];

/** The listing (挂网): products hospitals may buy outside a round's winners, public with every change. */
export const listingRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/listing/apply',
      operationId: 'applyListing',
      tags,
      summary:
        'Apply the round’s listing rules after the award (office admin; idempotent): winners listed at their awarded price, non-winners held to the cap, non-bidders delisted',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the changes made (none when applied before)', ...json(ListingApplied) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await applyListing(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/listings',
      operationId: 'createListing',
      tags,
      summary: 'List a company’s product by hand, with a reason (office admin), within the round’s rules',
      security: SECURED,
      request: { body: { ...json(NewListingBody), required: true } },
      responses: { 201: { description: 'listed', ...json(AppliedListingChange) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await listing.createListing(c.var.deps, actor, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/listings/{listingId}/changes',
      operationId: 'changeListing',
      tags,
      summary: 'Delist, relist or reprice a listing, with a reason (office admin), within the round’s rules',
      security: SECURED,
      request: { params: ListingIdParam, body: { ...json(ListingChangeBody), required: true } },
      responses: { 201: { description: 'changed', ...json(AppliedListingChange) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { listingId } = c.req.valid('param');
      return c.json(await listing.changeListing(c.var.deps, actor, listingId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/listings',
      operationId: 'listListings',
      security: [],
      tags,
      summary: 'The listing (挂网目录), paged, by product, company and status (public)',
      request: { query: ListingQuery },
      responses: { 200: { description: 'listings', ...json(ListingList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(await listing.listListings(c.var.deps, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/listings/{listingId}',
      operationId: 'getListing',
      security: [],
      tags,
      summary: 'One listing (public)',
      request: { params: ListingIdParam },
      responses: { 200: { description: 'the listing', ...json(Listing) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(await listing.getListing(c.var.deps, c.req.valid('param').listingId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/listings/{listingId}/changes',
      operationId: 'listListingChanges',
      security: [],
      tags,
      summary: 'A listing’s every change with its reason and time, newest first (public)',
      request: { params: ListingIdParam, query: PageQuery },
      responses: { 200: { description: 'changes', ...json(ListingChangeList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { listingId } = c.req.valid('param');
      return c.json(await listing.listChanges(c.var.deps, listingId, c.req.valid('query')), 200);
    },
  );
