/**
 * Generated from the API's OpenAPI document by api/src/client/generate-schema.ts (`npm run build -w api`).
 * Do not edit: change the routes' schemas and regenerate.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness with a database round trip */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with login and password; sets an httpOnly session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens, live, expired and revoked (never the secret) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create a bearer API token for a machine client (shown once) */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens (at once; revoking twice changes nothing) */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password: the current one is required; your other sessions end (API tokens stay) */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the lock that many failed logins put on an account (office admin) */
        post: operations["unlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations: all for office admins and auditors, otherwise only your own */
        get: operations["listOrganisations"];
        put?: never;
        /** Register an organisation (office admin); hospitals and companies need a valid USCC */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation (your own, or any for office admins and auditors) */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's users (your own, or any for office admins and auditors) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user in an organisation (office admin); every role must fit the organisation kind */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or enable a user, rename, or change roles (office admin) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regions (province-level units) an alliance is made of */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds, newest first: the office and auditors see drafts, everyone else (signed out too) published rounds */
        get: operations["listRounds"];
        put?: never;
        /** Create a draft round for an alliance of regions, with a built-in ruleset or an override (office admin) */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round (public once published; a draft is 404 outside the office) */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft round's name, regions or ruleset (office admin); refused once published */
        patch: operations["updateRound"];
        trace?: never;
    };
    "/rounds/{roundId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft round: freezes its ruleset; refusals carry the domain’s `refusal` code */
        post: operations["publishRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a round, with a reason (office admin) */
        post: operations["cancelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a draft round’s calendar (Asia/Shanghai); the objection period is counted in working days */
        put: operations["setRoundCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office’s exceptions to Monday–Friday: holidays and 调休 make-up workdays */
        get: operations["listWorkingDays"];
        /** Replace one year’s holidays and 调休 workdays (office admin) */
        put: operations["setWorkingDays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s catalogue: products with specs, ceilings and representative spec (public once published) */
        get: operations["listProducts"];
        put?: never;
        /** Add a product with its specs to a draft round’s catalogue (office admin) */
        post: operations["addProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a draft round’s catalogue from .xlsx or CSV, one row per spec: all products or none (office admin)
         * @description Body: an .xlsx workbook (every non-empty sheet is read), text/csv (UTF-8 with or without BOM, GB18030/GBK, UTF-16), or JSON {"csv": "…"}. Header required, in English or Chinese (docs/data-exchange.md); columns productCode,name,form,volumeClass,strengthUnit,nationalDrugCode,representativeSpecCode,groups,specCode,strength,unitsPerPack,volumeMl,ceiling; a product's own columns repeat on each of its spec rows or stay empty after the first; groups separated by |. The rules are those of addProduct. At most 10000 rows. Any problem (a code already in the round too) answers 422 IMPORT_REJECTED listing every problem with its sheet, row, column, cell and code, and saves nothing.
         */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/products/{productCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a product from a draft round’s catalogue (office admin) */
        delete: operations["removeProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/ruleset-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a ruleset choice’s overrides change (office admin): evaluate under its base and under the choice, on the last evaluated round’s published input or a shipped sample, diffed as ./jicai compare; saves nothing */
        post: operations["previewRuleset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/products/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty catalogue file to fill in and import (office admin): the import’s columns with their Chinese headers */
        get: operations["downloadCatalogueTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyId}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's facts the rules read (office roles and auditors; a company its own) */
        get: operations["getCompanyFacts"];
        /** Replace a company’s facts: credit rank, regions supplied, sales, affiliate group, violation list, quality failure (office admin) */
        put: operations["setCompanyFacts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's product registrations: a company sees its own; office roles and auditors all */
        get: operations["listRegistrations"];
        put?: never;
        /** Register your company's product for one of the round's specs (before bidding opens) */
        post: operations["registerProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw your own registration (before bidding opens) */
        delete: operations["withdrawRegistration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/registrations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject (with a reason) a company's registration, before bidding opens (office admin); a rejected registration cannot bid */
        post: operations["reviewRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/worksheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A hospital's worksheet of a round: the catalogue, the ruleset's demandFloorShare, and each product's last year's volume
         * @description lastYearVolume: the hospital's own lastYearVolume on its line of this round (the generic-name line first); else its reported quantity for the same product code or generic name in its most recent earlier round (its lines there summed); else null.
         */
        get: operations["getDemandWorksheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hospital's demand template (.xlsx or CSV): the round's products with its last year's volumes and its lines so far; importDemand reads it back */
        get: operations["downloadDemandTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand/mine/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hospital's rounds: its region's rounds open for demand and every round it reported in, newest first, with its lines counted */
        get: operations["listOwnDemandRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hospital's demand lines across rounds, the most recently changed first */
        get: operations["listOwnDemandHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/{reportId}/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A demand line's review trail (submitted, returned with the reason, resubmitted, approved): its hospital, its region's bureau, the office */
        get: operations["getDemandReportTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/{productCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A hospital reports (or resubmits) its demand for a product, by generic name or by brand (brandCompanyId)
         * @description Only while the round's demand window is open on the database clock. Below the ruleset's demandFloorShare × lastYearVolume a reason is required. A resubmission goes back to 'submitted'.
         */
        put: operations["reportDemand"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demand reports: a hospital sees its own, a region bureau its region's, the office and auditors all */
        get: operations["listDemandReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A hospital imports its demand from .xlsx or CSV: all rows or none
         * @description Body: an .xlsx workbook (every non-empty sheet is read), text/csv (UTF-8 with or without BOM, GB18030/GBK, UTF-16), or JSON {"csv": "…"}. Header required, in English or Chinese (docs/data-exchange.md); columns productCode,quantity,lastYearVolume,brandUscc,group,reason (productCode and quantity required; brandUscc names the brand's company). At most 100000 rows. Any problem answers 422 IMPORT_REJECTED listing every problem with its sheet, row (numbered as in a spreadsheet: the header is row 1), column, cell and code, and saves nothing.
         */
        post: operations["importDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demand totals by product × region for the office */
        get: operations["getDemandTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The office locks demand once the window has closed and every report is approved */
        post: operations["lockDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/{reportId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A region bureau approves a report of a hospital in its region */
        post: operations["approveDemandReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/{reportId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A region bureau returns a report to its hospital with a comment */
        post: operations["returnDemandReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demand reporting progress by region for the office
         * @description Every region of the round (one short list, at most the country's regions): its hospitals, how many reported, reports submitted, approved and returned, reported and approved quantities.
         */
        get: operations["getDemandProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand-review/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds with reports from the region bureau's region, with its counts by status */
        get: operations["listDemandReviewRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One region's reports to review, filtered and paged on the server, outliers marked
         * @description A region bureau sees its own region; the office and auditors name one (regionCode). An outlier asks for more than `thresholds.above` × or less than `thresholds.below` × last year’s volume.
         */
        get: operations["listDemandQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/region-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region's demand by product against the sum of last year's volumes, outliers marked */
        get: operations["getDemandRegionTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/approve-many": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A region bureau approves several of its region's reports at once: all or none
         * @description Each report must be unchanged since read (expectedUpdatedAt; else 409 CONFLICT with changedReportIds), waiting for review and not an outlier against last year (else 400 naming each). Each approval is audited as one.
         */
        post: operations["approveDemandReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company documents, newest first: a company its own; the office and auditors every company's */
        get: operations["listCompanyDocuments"];
        put?: never;
        /**
         * Declare a certificate of your company (kind, file name, type, size, SHA-256) and get a presigned PUT for exactly that file
         * @description PUT the file to `upload.url` with `upload.headers` before `upload.expiresAt`, then POST …/confirm. The store refuses another type or length.
         */
        post: operations["requestCompanyDocumentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company-documents/{documentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The file is uploaded: the platform checks its size, type (by its bytes) and SHA-256 and accepts it, or rejects and discards it
         * @description 422 UPLOAD_REJECTED names the fields that differed (the document is rejected; request a new upload); 409 UPLOAD_MISSING: nothing uploaded yet (confirm again after the PUT). Confirming an accepted document again answers it unchanged.
         */
        post: operations["confirmCompanyDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company-documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One company document (its company, the office and auditors) */
        get: operations["getCompanyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company-documents/{documentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An accepted document's file: 303 to a presigned GET of the store, valid 300 s */
        get: operations["downloadCompanyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/{productCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Submit or replace your sealed bid for one product while bidding is open (company); answers a signed receipt. Idempotency-Key required */
        put: operations["submitBid"];
        post?: never;
        /** Withdraw your bid for one product while bidding is open (company); Idempotency-Key required */
        delete: operations["withdrawBid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own bids of the round as their latest signed receipts (company); nobody can read others */
        get: operations["listMyBids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed list of commitments of the live bids, sorted by value, published once bidding has closed (public; 404 before) */
        get: operations["getCommitments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/verification-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's Ed25519 public key that signs bid receipts, commitments and records (public; see docs/receipts.md) */
        get: operations["getReceiptVerificationKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/key-ceremony": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round's public sealing key, its id (printed on every receipt), k, n and the officials */
        get: operations["getKeyCeremony"];
        put?: never;
        /** Hold the round's key ceremony before bidding opens: k-of-n office officials will be needed to open the bids (office admin) */
        post: operations["holdKeyCeremony"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/key-ceremony/my-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take your key share, shown exactly once (office official chosen at the ceremony); the stored copy is deleted as it is shown, so the body must confirm it */
        post: operations["takeKeyShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/opening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the k key shares have been handed in, once bidding has closed (office roles and auditors; 404 before) */
        get: operations["getOpeningStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/opening/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand in your key share after bidding closed (office official of the ceremony); with the k-th share the bids are opened (a dual-envelope round: the technical envelopes first, the prices in a second session) */
        post: operations["submitOpeningShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/opening/technical": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opened technical envelopes of a dual-envelope round (office roles and auditors) */
        get: operations["listTechnicalEnvelopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/opening/technical-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record technical pass/fail of opened technical envelopes (office admin); the prices open once every one is recorded */
        put: operations["recordTechnicalReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/{productCode}/technical-files/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a technical file of your bid (name, type, size, SHA-256) and get a presigned PUT, while bidding is open (company, dual-envelope rounds) */
        post: operations["requestTechnicalFileUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/{productCode}/technical-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an uploaded technical file: checked against its declaration, sealed to the round key, the plaintext deleted; answers the receipt (company) */
        post: operations["confirmTechnicalFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/{productCode}/technical-files/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove one of your sealed technical files while bidding is open (company) */
        post: operations["removeTechnicalFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/technical-files/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own technical files of the round with their SHA-256 receipts (company); nobody can read others */
        get: operations["listMyTechnicalFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/technical-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The technical files released at the technical opening, each with a presigned GET valid 5 minutes, and those found tampered (office roles and auditors; 404 before) */
        get: operations["listOpenedTechnicalFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outage register, newest first (public) */
        get: operations["listOutages"];
        put?: never;
        /** Record an outage (office admin); affected round deadlines are extended by each round’s formula, with a public notice */
        post: operations["recordOutage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outages/{outageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record when an ongoing outage ended (office admin); deadlines are extended again as needed */
        patch: operations["closeOutage"];
        trace?: never;
    };
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public notices (outages, deadline extensions), newest first (public) */
        get: operations["listNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published round’s public notices, newest first (public) */
        get: operations["listRoundNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/outage-formula": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a round’s deadlines are extended after an outage, as published with it (public) */
        get: operations["getOutageFormula"];
        /** Set a draft round’s outage formula (office admin); it is published with the round */
        put: operations["setOutageFormula"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public notices as they are published (server-sent events, public)
         * @description A `notices` event with the latest notices at once (the same list as GET /notices), then one whenever a notice is published, on whichever node. Each event’s id is the list’s version; a reconnecting EventSource gets the current list again. A comment line every 15 s keeps the stream open.
         */
        get: operations["streamNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest evaluation record: hashes, ruleset, platform signature (public once opened) */
        get: operations["getLatestEvaluationRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every evaluation record of the round, oldest first (public once opened) */
        get: operations["listEvaluationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published output with names beside every id and the spec of every bid (public once opened; the contract bytes are output.json) */
        get: operations["getEvaluationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/names.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names of the organisations, regions and products the published input names by id: ./jicai evaluate input.json --explain --names names.json (public once opened) */
        get: operations["getEvaluationNames"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/input.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published evaluation input (public; exact stored bytes, re-run it with ./jicai evaluate) */
        get: operations["getEvaluationInput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/output.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published evaluation output (public; exact stored bytes) */
        get: operations["getEvaluationOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/award-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Revival window length and region-selection turn limit (office admin; before the opening) */
        put: operations["setAwardSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/revival-offers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your company's revival offers (复活) and the window's end */
        get: operations["listMyRevivalOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/revival-offers/{offerId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline your revival offer before the window closes; the evaluation re-runs */
        post: operations["answerRevivalOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/revival/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the revival window (office admin): unanswered offers count as declined */
        post: operations["closeRevivalWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What-if (office admin, once opened): the published input under rulesets A and B, and how the outcome differs per product (./jicai compare); nothing is stored */
        post: operations["compareEvaluationRulesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/proposed/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the proposed winners (拟中选公示); the objection period runs to 17:00 of its last working day */
        post: operations["publishProposedWinners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Objections: a company sees its own; the office and auditors all */
        get: operations["listObjections"];
        put?: never;
        /** File a typed objection during the objection period (company) */
        post: operations["fileObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/objections/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an objection (office admin): upheld with a correction re-runs and republishes; or rejected */
        post: operations["answerObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fix the award (中选, office admin): after the objection period, every objection answered */
        post: operations["fixAward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/award-timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award’s dates: opening, revival window, proposed winners and their objection period, award, agreed volumes (public once opened) */
        get: operations["getAwardTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/region-preferences/{productCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your preferred regions for a product, taken in order when your turn times out (before selection) */
        put: operations["setRegionPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/region-selection/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start online region selection (office); rounds without region picking agree volumes at once */
        post: operations["startRegionSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/region-selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public log of picks, and whose turn it is until when */
        get: operations["getRegionSelection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/region-selection/picks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a region at your turn, before its time limit (company) */
        post: operations["pickRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreed-volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreed volumes (约定采购量): a hospital its own, a company its own, the office and auditors all */
        get: operations["listAgreedVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/region-selection/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region selection as it changes (server-sent events)
         * @description A `selection` event with the whole state at once, then one whenever it changes: a pick, a turn timed out and its default pick, selection finished, a rehearsal clock set. Each event’s id is the state’s version; a reconnecting EventSource (Last-Event-ID) gets the current state again. A comment line every 15 s keeps the stream open. Visible to whoever may read the selection.
         */
        get: operations["streamRegionSelection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/demand/totals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demand totals by product × region as .xlsx or CSV (who may read getDemandTotals) */
        get: operations["exportDemandTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/evaluation/result/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published evaluation, one row per bid, as .xlsx or CSV (who may read getEvaluationResult: public once published) */
        get: operations["exportEvaluationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreed-volumes/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreed volumes as .xlsx or CSV: a hospital its own, a company its own, the office and auditors all (as listAgreedVolumes) */
        get: operations["exportAgreedVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements/generation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of the round’s agreement generation: state, total, done, failed (office) */
        get: operations["getAgreementGeneration"];
        put?: never;
        /** Start generating the round’s purchase agreements as PDFs (office; idempotent, resumable, after the agreed volumes) */
        post: operations["startAgreementGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchase agreements with status, lines and signatures: a hospital sees its own, a company its own, the office all */
        get: operations["listAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements/{agreementId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement’s PDF, for its hospital, its company and the office; 404 before it is issued */
        get: operations["downloadAgreementPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements/status-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the round’s agreements are drafted, signed, active, expired or renewed (office) */
        get: operations["countAgreementsByStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its lines, status and signatures, each signature checked (its parties and the office) */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/agreements/{agreementId}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an agreement for one’s own party (a user of its hospital or of its company), typing the password again and naming the terms hash seen */
        post: operations["signAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orderable-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hospital’s agreement lines: price, agreed and used volume, whether it may order now */
        get: operations["listOrderableLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first: a hospital its own, a company those it is to fill, the office all */
        get: operations["listOrders"];
        put?: never;
        /** A hospital orders a product under its active agreement, always at the awarded pack price (over the agreed volume allowed, marked) */
        post: operations["placeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order, for its hospital, its company and the office */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orders/{orderId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The company confirms an order it is to fill (idempotent); the response time ends here */
        post: operations["confirmOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orders/{orderId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The hospital cancels its order, with a reason, before anything was delivered */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/orders/{orderId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The company records a delivery of a confirmed order: batch, expiry, packs, day, distributor */
        post: operations["recordDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: a hospital those it received, a company its own, the office all */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/deliveries/{deliveryId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The hospital accepts a delivery (验收): accepted, short and damaged packs, a note */
        post: operations["acceptDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/distributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company’s distributors (配送企业); the office reads every company’s */
        get: operations["listDistributors"];
        put?: never;
        /** The company names a distributor that carries its deliveries (name, USCC, regions) */
        post: operations["addDistributor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/payment-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s payment terms: the ruleset’s, the round’s own and each region’s that differ */
        get: operations["getPaymentTerms"];
        /** Set the round’s payment terms as a whole (office admin): due days after acceptance, calendar or working days, per region where different */
        put: operations["setPaymentTerms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/prepayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each hospital’s prepayment account: annual contracted amount, minimum, prepaid, set off, balance (office all, a region bureau its region, a hospital its own) */
        get: operations["listPrepaymentAccounts"];
        put?: never;
        /** Record the insurance fund’s prepayment (医保基金预付) to a hospital with agreements (office admin) */
        post: operations["recordPrepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/payments/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue invoices grouped by hospital, region or company, the longest overdue first: a hospital its own, a company its receivables, a region bureau its region, the office all */
        get: operations["listOverduePayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/deliveries/{deliveryId}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the invoice of an accepted delivery (company): amount = accepted packs × awarded pack price exactly; due day fixed from the acceptance and the payment terms */
        post: operations["recordInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/invoiceable-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company’s accepted deliveries without an invoice yet, with the amount the invoice must say */
        get: operations["listInvoiceableDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices by due day with what is paid and their status on the round’s date: a hospital its own, a company its receivables, a region bureau its region, the office all */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/invoices/{invoiceId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment of the own hospital’s invoice (at most what is outstanding): by the hospital, directly by the insurance fund, or set off against the fund’s prepayment */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/surplus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surplus retention per institution of the round, explained (office all, a region bureau its region, a hospital its own) */
        get: operations["listSurplus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/surplus/{hospitalId}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grade an institution for the cycle (考核等级; the office, or the region bureau of its region) */
        put: operations["gradeSurplus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surplus/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hospital's own surplus retention in every round in which it holds agreements */
        get: operations["listMySurplus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the renewal round (接续) of an expiring round: a draft with its ruleset, regions, catalogue and institutions, last cycle’s purchases as the baseline; its agreements are marked renewed (office admin, once per round) */
        post: operations["renewRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/backup-activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s backup activations, newest first (office) */
        get: operations["listBackupActivations"];
        put?: never;
        /** Activate the backup supplier of a product in regions whose primary failed to supply (office admin): ends the failed lines, makes new agreements at the backup’s awarded price, optionally lists the company as a violator */
        post: operations["activateBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/backup-regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each region’s primary and backup supplier of every product of the round (office) */
        get: operations["listBackupRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/listing/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the round’s listing rules after the award (office admin; idempotent): winners listed at their awarded price, non-winners held to the cap, non-bidders delisted */
        post: operations["applyListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The listing (挂网目录), paged, by product, company and status (public) */
        get: operations["listListings"];
        put?: never;
        /** List a company’s product by hand, with a reason (office admin), within the round’s rules */
        post: operations["createListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{listingId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing’s every change with its reason and time, newest first (public) */
        get: operations["listListingChanges"];
        put?: never;
        /** Delist, relist or reprice a listing, with a reason (office admin), within the round’s rules */
        post: operations["changeListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{listingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing (public) */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/purchases/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A hospital imports its purchase records (.xlsx or CSV): all rows or none; a re-sent file adds nothing
         * @description Body: the file itself, as the other imports (docs/data-exchange.md). Columns externalRef,productCode,company,specCode,packs,packPrice,amount,orderedOn in English or Chinese (入库单号, 产品编码, 企业, 规格编码, 数量（盒）, 单价, 金额, 入库日期). At most 100000 rows. The same bytes again answer the first import (repeated: true). Any problem answers 422 IMPORT_REJECTED listing every problem by sheet, row, column and code, and saves nothing.
         */
        post: operations["importPurchases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/purchases/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The own hospital’s purchase imports of a round, newest first, with what each recorded */
        get: operations["listPurchaseImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/purchases/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The purchase import template (.xlsx or CSV): the header and one row per own agreement line */
        get: operations["downloadPurchaseTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every audit hash chain, the seals and the digests, name the first broken link, and cross-check bids, opened bids and evaluation records against the chain */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published daily digests of the audit chain, newest first (public) */
        get: operations["listAuditDigests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/digests/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One day’s published digest (public) */
        get: operations["getAuditDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform time */
        get: operations["getPlatformClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s time, on which its deadlines are judged */
        get: operations["getRoundClock"];
        /**
         * Run a rehearsal clock on one round (not in production)
         * @description Only this round’s deadlines move; sessions, tokens and other rounds keep the platform time.
         */
        put: operations["setRehearsalClock"];
        post?: never;
        /** Back to the platform time for this round */
        delete: operations["resetRoundClock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/ocds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round as an OCDS 1.1 release package: tender at publication, bids at the opening, the proposed and final award, contracts once volumes are agreed (public) */
        get: operations["getRoundOcdsPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/ocds/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round as an OCDS 1.1 record package: its releases so far and the compiled release, the current state (public) */
        get: operations["getRoundOcdsRecordPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocds/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every OCDS release of every round in commit order: resume with nextCursor, never skipping a release (public) */
        get: operations["listOcdsReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocds/extension/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Jicai OCDS extension: extension.json, its release-schema.json merge patch, README.md (public) */
        get: operations["getOcdsExtensionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ocds/extension/codelists/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A codelist of the Jicai OCDS extension (CSV, public) */
        get: operations["getOcdsExtensionCodelist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/bids/{productCode}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your issued receipt PDF for your latest bid or withdrawal on a product (company; 404 before it is issued and to anyone else) */
        get: operations["getBidReceiptPdf"];
        put?: never;
        /** Issue your receipt (回执) for your latest bid or withdrawal on a product as a PDF, and answer it: no price, the commitment and the platform signature; issued once, the same PDF after (company; 404 to anyone else) */
        post: operations["issueBidReceiptPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/proposed-winners.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proposed-winners notice (拟中选结果公示) with the objection period, as a PDF (public once published; 404 before) */
        get: operations["getProposedWinnersNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/award-notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award notice (中选结果公告) as a PDF with its verification code (public once the award is published; 404 before) */
        get: operations["getAwardNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an issued PDF is, by the verification code printed on it: kind, title, round, issue time, SHA-256 and size (public; any case, spaces and hyphens) */
        get: operations["verifyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/execution/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds with agreements in the caller’s reach (the office all, a bureau its region’s, a party its own) */
        get: operations["listExecutionRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Completion against agreed volume by region, product, company and month (采购进度)
         * @description The office sees every region and company, a region bureau its own region, a company its own products. Read from the rollups kept by triggers (agreed_total, purchase_month).
         */
        get: operations["getRoundProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/institutions/{hospitalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One institution’s completion per product (the hospital itself, its region’s bureau, the office) */
        get: operations["getInstitutionProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/behind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Institutions behind the linear pace, per product (the office all, a bureau its region) */
        get: operations["listBehindInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/supplier-lag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers’ deliveries against orders, lagging ones marked (the office all, a bureau its region) */
        get: operations["listSupplierLag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/non-winner-excess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Non-winning purchases over last year’s volume (非中选产品超量), by hospital and product
         * @description Bought outside any agreement from a company without an agreed volume of the product for the hospital, over the hospital’s last year’s volume (docs/rules.md §12.4). The office all, a bureau its region.
         */
        get: operations["listNonWinnerExcess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The office records that it talked to the hospital about its excess (已约谈), with a note */
        post: operations["notifyNonWinnerExcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/inventory/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A winner reports its stock at the month’s end (库存), per product and optionally region
         * @description The month’s whole list: it replaces what the company reported for that month before.
         */
        put: operations["reportInventory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers’ monthly stock reports with their lateness (the office all or one, a company its own) */
        get: operations["listInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/inventory/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The products the company supplies in the round (what its stock report lists) */
        get: operations["listSuppliedProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/execution/supply-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Order response time, delivery time and fill rate per supplier (the office all or one, a company its own) */
        get: operations["listSupplyFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details with a stable `code`; some codes add members named for what they hold */
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "IMPORT_REJECTED" | "UPLOAD_REJECTED" | "UPLOAD_MISSING" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_STATE" | "DEADLINE_PASSED" | "LOGIN_THROTTLED" | "ACCOUNT_LOCKED" | "WEAK_PASSWORD" | "CROSS_SITE_REQUEST" | "DATABASE_UNAVAILABLE" | "INTERNAL";
            detail: string;
            detailEn: string;
            detailZh: string;
            instance: string;
            requestId?: string;
            errors: {
                path: string;
                message: string;
                messageZh: string;
                sheet?: string | null;
                row?: number;
                column?: string | null;
                cell?: string;
                code?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "ok";
            databaseTime: string;
            /** @description whether some node holds the leader lock, so that timed round steps, notices and audit seals run (false for more than a few seconds: no node is running them; docs/operations.md) */
            leader: boolean;
        };
        LoginResponse: {
            user: components["schemas"]["SessionUser"];
            expiresAt: string;
        };
        SessionUser: {
            /** Format: uuid */
            id: string;
            login: string;
            displayName: string;
            roles: string[];
            organisation: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
            };
        };
        LoginRequest: {
            login: string;
            password: string;
        };
        Me: {
            /** Format: uuid */
            userId: string;
            login: string;
            /** Format: uuid */
            organisationId: string;
            organisationKind: string;
            regionCode: string | null;
            roles: string[];
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            token: string;
            name: string;
            expiresAt: string;
        };
        ApiTokenRequest: {
            name: string;
            days?: number;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiTokenInfo"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        ApiTokenInfo: {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            expiresAt: string;
            revokedAt: string | null;
            live: boolean;
        };
        ChangePasswordResponse: {
            sessionsEnded: number;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        AccountLock: {
            /** Format: uuid */
            userId: string;
            login: string;
            /** @enum {boolean} */
            locked: false;
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "office" | "region-bureau" | "hospital" | "company";
            name: string;
            uscc: string | null;
            regionCode: string | null;
            createdAt: string;
        };
        CreateOrganisationRequest: {
            /** @enum {string} */
            kind: "office" | "region-bureau" | "hospital" | "company";
            name: string;
            uscc?: string;
            regionCode?: string;
        };
        OrganisationList: {
            items: components["schemas"]["Organisation"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            login: string;
            displayName: string;
            roles: ("office-admin" | "office-official" | "region-bureau-user" | "hospital-user" | "company-user" | "auditor")[];
            disabled: boolean;
            locked: boolean;
            createdAt: string;
        };
        CreateUserRequest: {
            login: string;
            displayName: string;
            password: string;
            roles: ("office-admin" | "office-official" | "region-bureau-user" | "hospital-user" | "company-user" | "auditor")[];
        };
        UserList: {
            items: components["schemas"]["User"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        UpdateUserRequest: {
            disabled?: boolean;
            roles?: ("office-admin" | "office-official" | "region-bureau-user" | "hospital-user" | "company-user" | "auditor")[];
            displayName?: string;
        };
        RegionList: {
            items: components["schemas"]["Region"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        Region: {
            code: string;
            name: string;
        };
        Round: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @enum {string} */
            state: "draft" | "published" | "demand-open" | "demand-closed" | "demand-locked" | "bidding-open" | "bidding-closed" | "technical-opened" | "revival-window" | "evaluated" | "objection-period" | "awarded" | "region-selection" | "volumes-agreed" | "cancelled";
            /** @description the choice as the office gave it */
            ruleset?: unknown;
            rulesetName: string | null;
            /** @description the resolved ruleset, frozen at publish; null while draft */
            rulesetFrozen?: unknown;
            regions: components["schemas"]["Region"][];
            calendar: components["schemas"]["RoundCalendar"];
            productCount: number;
            createdAt: string;
            publishedAt: string | null;
        };
        RoundCalendar: {
            /** @example 2026-12-01T09:00:00+08:00 */
            demandOpensAt: string;
            demandClosesAt: string;
            biddingOpensAt: string;
            biddingClosesAt: string;
            openingAt: string;
            objectionWorkingDays: number;
            /** @description the last day of the objection period (异议期), Asia/Shanghai date */
            objectionEndsOn: string;
        } | null;
        CreateRoundRequest: {
            code: string;
            name: string;
            /**
             * @description the regions of the alliance (region codes); unique
             * @default []
             * @example [
             *       "GZ",
             *       "YN"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @description a built-in ruleset name (nvbp-pilot, nvbp-7, nvbp-10, nvbp-11, gd-alliance, consumables-alliance) or an override object {"extends": "<built-in>", …overrides}
             * @example nvbp-11
             */
            ruleset: unknown;
        };
        RoundList: {
            items: components["schemas"]["Round"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        PatchRoundRequest: {
            name?: string;
            /**
             * @description the regions of the alliance (region codes); unique
             * @example [
             *       "GZ",
             *       "YN"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @description a built-in ruleset name (nvbp-pilot, nvbp-7, nvbp-10, nvbp-11, gd-alliance, consumables-alliance) or an override object {"extends": "<built-in>", …overrides}
             * @example nvbp-11
             */
            ruleset?: unknown;
        };
        CancelRoundRequest: {
            reason: string;
        };
        RoundCalendarRequest: {
            /** @example 2026-12-01T09:00 */
            demandOpensAt: string;
            /** @example 2026-12-01T09:00 */
            demandClosesAt: string;
            /** @example 2026-12-01T09:00 */
            biddingOpensAt: string;
            /** @example 2026-12-01T09:00 */
            biddingClosesAt: string;
            /** @example 2026-12-01T09:00 */
            openingAt: string;
            objectionWorkingDays: number;
        };
        WorkingDayList: {
            items: components["schemas"]["WorkingDay"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        WorkingDay: {
            /** @example 2026-10-10 */
            day: string;
            /**
             * @description holiday: a weekday off; workday: a weekend day worked (调休)
             * @enum {string}
             */
            kind: "holiday" | "workday";
            /** @default  */
            note?: string;
        };
        WorkingDaysRequest: {
            year: number;
            days: components["schemas"]["WorkingDay"][];
        };
        Product: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @enum {string} */
            form: "oral-solid" | "oral-liquid" | "injection" | "consumable" | "other";
            /** @enum {string} */
            volumeClass: "general" | "designated-anti-infective" | "exclusive";
            strengthUnit: string;
            nationalDrugCode: string | null;
            representativeSpecCode: string;
            groups: string[];
            specs: components["schemas"]["Spec"][];
        };
        Spec: {
            /** Format: uuid */
            id: string;
            code: string;
            strength: string;
            unitsPerPack: number;
            volumeMl: string | null;
            ceiling: string;
        };
        ProductRequest: {
            /** @description the contract's product id */
            code: string;
            name: string;
            /** @enum {string} */
            form: "oral-solid" | "oral-liquid" | "injection" | "consumable" | "other";
            /** @enum {string} */
            volumeClass: "general" | "designated-anti-infective" | "exclusive";
            strengthUnit: string;
            /**
             * @default null
             * @example XC10AAA052A001010100483
             */
            nationalDrugCode?: string | null;
            representativeSpecCode: string;
            /**
             * @description group keys a bid may name (docs/rules.md §9); empty: no groups
             * @default []
             */
            groups?: string[];
            specs: components["schemas"]["SpecRequest"][];
        };
        SpecRequest: {
            code: string;
            /** @example 12.5 */
            strength: string;
            unitsPerPack: number;
            /** @example 12.5 */
            volumeMl?: string;
            /**
             * @description maximum valid unit price (最高有效申报价), at most 4 decimals
             * @example 12.5
             */
            ceiling: string;
        };
        CatalogueImportResult: {
            products: number;
            specs: number;
        };
        ProductList: {
            items: components["schemas"]["Product"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        RulesetPreview: {
            source: {
                /** @enum {string} */
                kind: "previous-round" | "sample";
                roundCode: string | null;
                roundName: string | null;
                seq: number | null;
            };
            /** @description the built-in ruleset the choice extends */
            base: string;
            /** @description the choice’s name (the base’s unless the overrides rename it) */
            whatIf: string;
            /** @description the override keys the choice names */
            overridden: string[];
            /** @description company id → name, where known */
            companies: {
                [key: string]: string;
            };
            products: components["schemas"]["RulesetPreviewEntry"][];
        };
        RulesetPreviewEntry: {
            productId: string;
            productName: string;
            group: string | null;
            /** @enum {string} */
            presence: "both" | "only-a" | "only-b";
            same: boolean;
            status: {
                a: string | null;
                b: string | null;
            } | null;
            /** @description company ids */
            winnersAdded: string[];
            /** @description company ids */
            winnersRemoved: string[];
            prices: {
                companyId: string;
                winningUcp: {
                    a: string | null;
                    b: string | null;
                };
                winningPackPrice: {
                    a: string | null;
                    b: string | null;
                };
            }[];
            /** @description bids whose outcome, conditions or revival offer differ */
            bidChanges: number;
            winners: {
                a: number | null;
                b: number | null;
            } | null;
            ratio: {
                a: string | null;
                b: string | null;
            } | null;
            cycleYears: {
                a: number | null;
                b: number | null;
            } | null;
            /** @description whole numbers as decimal strings */
            agreedVolume: {
                a: string | null;
                b: string | null;
            } | null;
            /** @description regions whose primary or backup supplier differs */
            regionChanges: number;
        };
        RulesetPreviewRequest: {
            /**
             * @description the choice to preview (a built-in name or {"extends": …, …overrides}); absent: the round’s own
             * @example nvbp-11
             */
            ruleset?: unknown;
        };
        CompanyFacts: {
            /** Format: uuid */
            companyId: string;
            creditRank: number;
            regionsSuppliedLastYear: number;
            salesVolume: number;
            affiliateGroup: string | null;
            onViolationList: boolean;
            violationUntil: string | null;
            qualityFailureOn: string | null;
            updatedAt: string;
            /** Format: uuid */
            updatedBy: string;
        };
        CompanyFactsRequest: {
            creditRank: number;
            regionsSuppliedLastYear: number;
            salesVolume: number;
            affiliateGroup: string | null;
            onViolationList: boolean;
            /**
             * Format: date
             * @example 2024-03-01
             */
            violationUntil: string | null;
            /**
             * Format: date
             * @example 2024-03-01
             */
            qualityFailureOn: string | null;
        };
        Registration: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            specId: string;
            productCode: string;
            productName: string;
            specCode: string;
            approvalNumber: string;
            approvalDate: string;
            originator: boolean;
            reference: boolean;
            consistencyPassedOn: string | null;
            annualCapacity: number | null;
            marketVolume: number | null;
            createdAt: string;
            /** @enum {string} */
            reviewStatus: "pending" | "approved" | "rejected";
            reviewReason: string | null;
            /** Format: uuid */
            reviewedBy: string | null;
            reviewedAt: string | null;
            companyName: string;
        };
        RegistrationRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            specId: string;
            approvalNumber: string;
            /**
             * Format: date
             * @example 2024-03-01
             */
            approvalDate: string;
            originator: boolean;
            /** @default false */
            reference?: boolean;
            /**
             * Format: date
             * @example 2024-03-01
             */
            consistencyPassedOn: string | null;
            annualCapacity: number | null;
            /** @default null */
            marketVolume?: number | null;
        };
        RegistrationList: {
            items: components["schemas"]["Registration"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        RegistrationReviewRequest: {
            /** @enum {string} */
            decision: "approved" | "rejected";
            reason?: string;
        };
        DemandWorksheet: {
            /** Format: uuid */
            roundId: string;
            demandFloorShare: string;
            products: components["schemas"]["DemandWorksheetProduct"][];
            brands: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        DemandWorksheetProduct: {
            productCode: string;
            genericName: string;
            specs: string;
            unit: string;
            groups: string[];
            lastYearVolume: number | null;
            /** @enum {string|null} */
            lastYearSource: "this-round" | "earlier-round" | null;
            lastYearRoundCode: string | null;
        };
        OwnDemandRoundList: {
            items: components["schemas"]["OwnDemandRound"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OwnDemandRound: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            state: string;
            demandOpensAt: string | null;
            demandClosesAt: string | null;
            products: number;
            lines: number;
            approved: number;
            returned: number;
        };
        OwnDemandHistory: {
            items: components["schemas"]["OwnDemandHistoryItem"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OwnDemandHistoryItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            roundCode: string;
            roundName: string;
            productCode: string;
            genericName: string;
            quantity: number;
            lastYearVolume: number | null;
            brandCompanyName: string | null;
            group: string | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "returned";
            reviewerComment: string | null;
            submittedAt: string;
            reviewedAt: string | null;
            updatedAt: string;
        };
        DemandTrail: {
            items: components["schemas"]["DemandTrailEvent"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandTrailEvent: {
            /** @enum {string} */
            kind: "submitted" | "resubmitted" | "approved" | "returned";
            quantity: number;
            lastYearVolume: number | null;
            reason: string | null;
            comment: string | null;
            by: string | null;
            at: string;
        };
        DemandReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            productId: string;
            productCode: string;
            /** Format: uuid */
            hospitalId: string;
            hospitalName: string;
            regionCode: string;
            quantity: number;
            lastYearVolume: number | null;
            /** Format: uuid */
            brandCompanyId: string | null;
            brandCompanyName: string | null;
            group: string | null;
            reason: string | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "returned";
            reviewerComment: string | null;
            reviewedAt: string | null;
            submittedAt: string;
            updatedAt: string;
        };
        DemandReportRequest: {
            quantity: number;
            /** @default null */
            lastYearVolume?: number | null;
            /**
             * Format: uuid
             * @default null
             */
            brandCompanyId?: string | null;
            /** @default null */
            group?: string | null;
            /** @default null */
            reason?: string | null;
        };
        DemandReportList: {
            items: components["schemas"]["DemandReport"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandImportResult: {
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
        };
        DemandTotals: {
            items: components["schemas"]["DemandTotal"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandTotal: {
            /** Format: uuid */
            productId: string;
            productCode: string;
            regionCode: string;
            reportedQuantity: number;
            approvedQuantity: number;
            hospitals: number;
            reports: number;
            approved: number;
            pending: number;
        };
        DemandLockResult: {
            /** Format: uuid */
            roundId: string;
            state: string;
            events: string[];
        };
        DemandApproveRequest: {
            /** @default null */
            comment?: string | null;
            /** Format: date-time */
            expectedUpdatedAt?: string;
        };
        DemandReturnRequest: {
            comment: string;
            /** Format: date-time */
            expectedUpdatedAt?: string;
        };
        DemandProgress: {
            items: components["schemas"]["DemandProgressRegion"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandProgressRegion: {
            regionCode: string;
            regionName: string;
            hospitals: number;
            reportingHospitals: number;
            submitted: number;
            approved: number;
            returned: number;
            reportedQuantity: number;
            approvedQuantity: number;
        };
        DemandReviewRounds: {
            items: components["schemas"]["DemandReviewRound"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandReviewRound: {
            /** Format: uuid */
            roundId: string;
            code: string;
            name: string;
            state: string;
            regionCode: string;
            regionName: string;
            demandClosesAt: string | null;
            pending: number;
            approved: number;
            returned: number;
        };
        DemandQueueItem: components["schemas"]["DemandReport"] & {
            productName: string;
            ratio: string | null;
            /** @enum {string|null} */
            outlier: "above" | "below" | null;
        };
        DemandOutlierThresholds: {
            above: string;
            below: string;
        };
        DemandQueue: {
            items: components["schemas"]["DemandQueueItem"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        DemandRegionTotals: {
            regionCode: string | null;
            thresholds: components["schemas"]["DemandOutlierThresholds"];
            items: components["schemas"]["DemandRegionTotal"][];
        };
        DemandRegionTotal: {
            /** Format: uuid */
            productId: string;
            productCode: string;
            productName: string;
            reports: number;
            pending: number;
            approved: number;
            returned: number;
            reportedQuantity: number;
            approvedQuantity: number;
            lastYearVolume: number;
            ratio: string | null;
            /** @enum {string|null} */
            outlier: "above" | "below" | null;
            outlierReports: number;
        };
        DemandBulkApproveResult: {
            approved: number;
            reports: components["schemas"]["DemandReport"][];
        };
        DemandBulkApproveRequest: {
            reports: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                expectedUpdatedAt: string;
            }[];
            /** @default null */
            comment?: string | null;
        };
        CompanyDocumentUpload: {
            document: components["schemas"]["CompanyDocument"];
            upload: components["schemas"]["PresignedUpload"];
        };
        CompanyDocument: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            /**
             * @description gmp-certificate (药品GMP证书, GMP certificate); drug-registration-certificate (药品注册证书, drug registration certificate); consistency-evaluation-approval (一致性评价批件, consistency-evaluation approval); letter-of-authorisation (授权书, letter of authorisation)
             * @enum {string}
             */
            kind: "gmp-certificate" | "drug-registration-certificate" | "consistency-evaluation-approval" | "letter-of-authorisation";
            kindName: {
                zh: string;
                en: string;
            };
            /** Format: uuid */
            registrationId: string | null;
            filename: string;
            contentType: string;
            size: number;
            /** @description declared; once accepted, the verified SHA-256 of the stored file */
            sha256: string;
            /**
             * @description pending: asked for, not verified yet; accepted: the stored file matched the declared size, type and SHA-256; rejected: it did not, and was discarded
             * @enum {string}
             */
            state: "pending" | "accepted" | "rejected";
            rejection: {
                path: string;
                message: string;
                messageZh?: string;
            }[] | null;
            uploadedBy: {
                /** Format: uuid */
                userId: string;
                displayName: string;
            };
            createdAt: string;
            uploadExpiresAt: string;
            decidedAt: string | null;
        };
        PresignedUpload: {
            /** @enum {string} */
            method: "PUT";
            /** Format: uri */
            url: string;
            headers: {
                "content-type": string;
            };
            expiresAt: string;
        };
        /** @description Declare the file before uploading it: application/pdf, image/jpeg, image/png, at most 20971520 bytes */
        CompanyDocumentRequest: {
            /** @example GMP证书.pdf */
            filename: string;
            /**
             * @description one of application/pdf, image/jpeg, image/png
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description bytes, 1–20971520 */
            size: number;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
            /**
             * @description gmp-certificate (药品GMP证书, GMP certificate); drug-registration-certificate (药品注册证书, drug registration certificate); consistency-evaluation-approval (一致性评价批件, consistency-evaluation approval); letter-of-authorisation (授权书, letter of authorisation)
             * @enum {string}
             */
            kind: "gmp-certificate" | "drug-registration-certificate" | "consistency-evaluation-approval" | "letter-of-authorisation";
            /**
             * Format: uuid
             * @default null
             */
            registrationId?: string | null;
        };
        CompanyDocumentList: {
            items: components["schemas"]["CompanyDocument"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        /** @description Signed by the platform (Ed25519 over the canonical JSON of every other field; key at GET /api/receipts/verification-key). commitment = SHA-256 of the canonical JSON {company, packPrice, product, round, salt, spec[, technical]}: ids in lower case, product and spec codes as the catalogue spells them, packPrice with two decimals. See docs/receipts.md. */
        BidReceipt: {
            /** @enum {string} */
            kind: "bid" | "withdrawal";
            /** Format: uuid */
            roundId: string;
            productCode: string;
            /** Format: uuid */
            companyId: string;
            commitment: string | null;
            /** @description the bid as sent (price normalized to 2 decimals): only in the answer to the bid itself and its retries; null in listed receipts and withdrawals */
            bid: {
                specCode: string;
                /** @example 12.80 */
                packPrice: string;
                technicalDigest: string | null;
            } | null;
            /** @description beside `bid` only: keep it to recompute the commitment */
            salt: string | null;
            revision: number;
            sequence: number;
            /** @example 2026-12-20T03:59:59.123456Z */
            receivedAt: string;
            roundKeyId: string;
            keyId: string;
            signature: string;
        };
        BidRequest: {
            specCode: string;
            /** @example 12.80 */
            packPrice: string;
            technical?: string;
        };
        MyBids: {
            items: components["schemas"]["BidReceipt"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        PublishedCommitments: {
            /** Format: uuid */
            roundId: string;
            commitments: string[];
            keyId: string;
            signature: string;
        };
        ReceiptVerificationKey: {
            /** @enum {string} */
            algorithm: "Ed25519";
            /** @description hex: the first 16 bytes of the raw 32-byte public key */
            keyId: string;
            /** @description SubjectPublicKeyInfo, PEM */
            publicKeyPem: string;
        };
        KeyCeremony: {
            /** Format: uuid */
            roundId: string;
            /** @description X25519 SubjectPublicKeyInfo DER, base64 */
            publicKey: string;
            roundKeyId: string;
            k: number;
            n: number;
            createdAt: string;
            officials: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                shareIndex: number;
                shareHash: string;
                fetched: boolean;
            }[];
        };
        KeyCeremonyRequest: {
            officialUserIds: string[];
            k: number;
        };
        MyKeyShare: {
            /** Format: uuid */
            roundId: string;
            roundKeyId: string;
            shareIndex: number;
            /** @description base64url; shown once: keep it offline until opening */
            share: string;
            shareHash: string;
            k: number;
            n: number;
        };
        TakeKeyShareRequest: {
            /** @enum {boolean} */
            confirm: true;
        };
        OpeningStatus: {
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            phase: "technical" | "price";
            /** @enum {string} */
            status: "waiting" | "opened";
            /** @description shares handed in for this phase (k once opened) */
            held: number;
            k: number;
            needed: number;
            /** @description whether you handed in your share for this phase */
            handedIn: boolean;
        };
        OpeningProgress: {
            /** @enum {string} */
            phase: "technical" | "price";
            /** @enum {string} */
            status: "waiting" | "opened";
            held: number;
            k: number;
            needed: number;
            opened: number;
            tampered: {
                /** Format: uuid */
                bidId: string;
                commitment: string | null;
                problem: string;
            }[];
        };
        OpeningShareRequest: {
            share: string;
        };
        TechnicalEnvelopes: {
            items: {
                /** Format: uuid */
                openedBidId: string;
                /** Format: uuid */
                companyId: string;
                productCode: string;
                technical: string | null;
                technicalPass: boolean | null;
                /** @enum {string} */
                status: "technical-opened" | "opened" | "tampered";
            }[];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        TechnicalReviewResult: {
            reviewed: number;
            pending: number;
        };
        TechnicalReviewRequest: {
            reviews: {
                /** Format: uuid */
                openedBidId: string;
                pass: boolean;
            }[];
        };
        TechnicalFileUploadTicket: components["schemas"]["PresignedUpload"] & {
            /** Format: uuid */
            uploadId: string;
        };
        TechnicalFileUploadRequest: {
            /** @example GMP证书.pdf */
            filename: string;
            /**
             * @description one of application/pdf, image/png, image/jpeg, application/zip, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
             * @enum {string}
             */
            contentType: "application/pdf" | "image/png" | "image/jpeg" | "application/zip" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            /** @description bytes, 1–26214400 */
            size: number;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
        };
        SealedTechnicalFile: {
            /** Format: uuid */
            fileId: string;
            productCode: string;
            name: string;
            contentType: string;
            size: number;
            /** @description SHA-256 of the file as uploaded: the receipt to check a copy against */
            sha256: string;
            sealedAt: string;
            /** @enum {string} */
            status: "sealed" | "released" | "tampered";
        };
        TechnicalFileConfirmRequest: {
            /** Format: uuid */
            uploadId: string;
        };
        TechnicalFileRemoved: {
            /** Format: uuid */
            fileId: string;
            /** @enum {boolean} */
            removed: true;
        };
        TechnicalFileRemoveRequest: {
            /** Format: uuid */
            fileId: string;
        };
        SealedTechnicalFiles: {
            items: components["schemas"]["SealedTechnicalFile"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OpenedTechnicalFiles: {
            items: components["schemas"]["OpenedTechnicalFile"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OpenedTechnicalFile: {
            /** Format: uuid */
            fileId: string;
            /** Format: uuid */
            companyId: string;
            productCode: string;
            name: string;
            contentType: string;
            size: number;
            sha256: string;
            /** @enum {string} */
            status: "released" | "tampered";
            problem: string | null;
            /** @description a presigned GET, short-lived; null for a tampered file */
            downloadUrl: string | null;
            downloadExpiresInS: number | null;
        };
        OutageRecorded: {
            outage: components["schemas"]["Outage"];
            extensions: components["schemas"]["RoundDeadlineExtension"][];
        };
        Outage: {
            id: string;
            /** @example 2026-09-25T11:00:00+08:00 */
            startsAt: string;
            endsAt: string | null;
            ongoing: boolean;
            cause: string;
            recordedAt: string;
        };
        RoundDeadlineExtension: {
            roundId: string;
            roundCode: string;
            noticeId: string;
            changes: {
                /** @enum {string} */
                field: "demandClosesAt" | "biddingOpensAt" | "biddingClosesAt" | "openingAt";
                from: string;
                to: string;
            }[];
        };
        RecordOutageRequest: {
            /** @example 2026-09-25T11:00 */
            startsAt: string;
            /**
             * @description absent or null: still going on
             * @example 2026-09-25T11:00
             */
            endsAt?: string;
            cause: string;
        };
        CloseOutageRequest: {
            /**
             * @description when the platform was back
             * @example 2026-09-25T11:00
             */
            endsAt: string;
        };
        OutageList: {
            items: components["schemas"]["Outage"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        PublicNoticeList: {
            items: components["schemas"]["PublicNotice"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        PublicNotice: {
            id: string;
            roundId: string | null;
            /** @enum {string} */
            kind: "outage" | "deadline-extension";
            title: string;
            body: string;
            publishedAt: string;
        };
        OutageFormulaView: components["schemas"]["OutageFormula"] & {
            /** @description true: the round did not set its own, the platform default applies */
            isDefault: boolean;
        };
        OutageFormula: {
            graceAfterMinutes: number;
            /** @description what is added to a deadline: the outage’s duration, or fixed minutes */
            extensionMinutes: "outage-duration" | number;
            minimumExtensionMinutes: number;
        };
        EvaluationRecord: {
            seq: number;
            /** @enum {string} */
            reason: "opening" | "revival" | "revival-closed" | "objection";
            /** @example 2026-11-20T09:30:00+08:00 */
            createdAt: string;
            ruleset: {
                name: string;
                version: string;
            };
            inputSha256: string;
            outputSha256: string;
            signature: {
                /** @enum {string} */
                algorithm: "Ed25519";
                keyId: string | null;
                /** @description base64 Ed25519 signature of signedText (UTF-8) */
                value: string;
                signedText: string;
                publicKeyPem: string | null;
            } | null;
        };
        EvaluationRecordList: {
            items: components["schemas"]["EvaluationRecord"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        NamedEvaluationResult: {
            roundId: string;
            seq: number;
            ruleset?: unknown;
            /** @description the published output.json products, each id followed by its name (companyName, institutionName, regionName, productName, primaryName, backupName) and each bid by its specCode */
            products?: unknown;
        };
        EvaluationNames: {
            roundId: string;
            seq: number;
            /** @description companies and hospitals by id */
            organisations: {
                [key: string]: string;
            };
            /** @description by region code */
            regions: {
                [key: string]: string;
            };
            /** @description by product code */
            products: {
                [key: string]: string;
            };
        };
        AwardSettings: {
            revivalWindowHours: number;
            regionTurnMinutes: number;
        };
        RevivalOfferList: {
            items: components["schemas"]["RevivalOffer"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        RevivalOffer: {
            id: string;
            productCode: string;
            group: string | null;
            bidId: string;
            /** @example 0.3600 */
            offerUcp: string;
            /** @enum {string|null} */
            answer: "accept" | "decline" | null;
            /** @example 2026-11-20T09:30:00+08:00 */
            answeredAt: string | null;
            /** @example 2026-11-20T09:30:00+08:00 */
            closesAt: string | null;
        };
        RevivalAnswer: {
            /** @enum {string} */
            answer: "accept" | "decline";
        };
        RoundStateResult: {
            state: string;
        };
        WhatIfResult: {
            roundId: string;
            seq: number;
            a: {
                name: string;
                version: string;
                /** @description "round" for the round's own ruleset, else the ruleset's name */
                label: string;
                overrides: {
                    [key: string]: unknown;
                };
            };
            b: {
                name: string;
                version: string;
                /** @description "round" for the round's own ruleset, else the ruleset's name */
                label: string;
                overrides: {
                    [key: string]: unknown;
                };
            };
            products: {
                productId: string;
                group: string | null;
                /** @enum {string} */
                presence: "both" | "only-a" | "only-b";
                same: boolean;
                status: {
                    /** @enum {string|null} */
                    a: "awarded" | "no-valid-bids" | "no-winner" | "negotiation" | "awaiting-revival" | null;
                    /** @enum {string|null} */
                    b: "awarded" | "no-valid-bids" | "no-winner" | "negotiation" | "awaiting-revival" | null;
                } | null;
                winnersAdded: string[];
                winnersRemoved: string[];
                prices: {
                    companyId: string;
                    winningUcp: {
                        a: string | null;
                        b: string | null;
                    };
                    winningPackPrice: {
                        a: string | null;
                        b: string | null;
                    };
                }[];
                bids: {
                    bidId: string;
                    companyId: string;
                    outcome: {
                        /** @enum {string|null} */
                        a: "winner" | "revival-offer" | "revival-winner" | "not-shortlisted" | "price-condition-failed" | "invalid" | "negotiation" | null;
                        /** @enum {string|null} */
                        b: "winner" | "revival-offer" | "revival-winner" | "not-shortlisted" | "price-condition-failed" | "invalid" | "negotiation" | null;
                    } | null;
                    qualifiedBy: {
                        a: ("SPREAD_1_8" | "ABS_FLOOR" | "REDUCTION_50" | "ANCHOR" | "LOWEST" | "GROUP_A_NO_ELIMINATION" | "REVIVAL")[] | null;
                        b: ("SPREAD_1_8" | "ABS_FLOOR" | "REDUCTION_50" | "ANCHOR" | "LOWEST" | "GROUP_A_NO_ELIMINATION" | "REVIVAL")[] | null;
                    } | null;
                    offerUcp: {
                        a: string | null;
                        b: string | null;
                    } | null;
                }[];
                winners: {
                    a: number | null;
                    b: number | null;
                } | null;
                ratio: {
                    a: string | null;
                    b: string | null;
                } | null;
                cycleYears: {
                    a: number | null;
                    b: number | null;
                } | null;
                agreedVolume: {
                    /** @description smallest units, an integer as a string */
                    a: string | null;
                    /** @description smallest units, an integer as a string */
                    b: string | null;
                } | null;
                regions: {
                    regionId: string;
                    primary: {
                        a: string | null;
                        b: string | null;
                    };
                    backup: {
                        a: string | null;
                        b: string | null;
                    };
                }[];
                sideA: {
                    /** @enum {string} */
                    status: "awarded" | "no-valid-bids" | "no-winner" | "negotiation" | "awaiting-revival";
                    winners: number;
                    ratio: string | null;
                    /** @description smallest units, an integer as a string */
                    agreedVolume: string | null;
                } | null;
                sideB: {
                    /** @enum {string} */
                    status: "awarded" | "no-valid-bids" | "no-winner" | "negotiation" | "awaiting-revival";
                    winners: number;
                    ratio: string | null;
                    /** @description smallest units, an integer as a string */
                    agreedVolume: string | null;
                } | null;
            }[];
            names: {
                organisations: {
                    [key: string]: string;
                };
                products: {
                    [key: string]: string;
                };
                regions: {
                    [key: string]: string;
                };
            };
        };
        WhatIfBody: {
            a: components["schemas"]["WhatIfSide"];
            b: components["schemas"]["WhatIfSide"];
            /** @description a record of the round; default the latest */
            seq?: number;
        };
        WhatIfSide: {
            /**
             * @description "round" (the round's own ruleset, as published) or a built-in: nvbp-pilot, nvbp-7, nvbp-10, nvbp-11, gd-alliance, consumables-alliance
             * @example nvbp-7
             */
            base: string;
            /**
             * @description override keys of the contract, on top of the base
             * @example {
             *       "spreadMultiple": "1.5"
             *     }
             */
            overrides?: {
                [key: string]: unknown;
            };
        };
        ProposedPublished: {
            /** @example 2026-11-20T09:30:00+08:00 */
            proposedAt: string;
            /** @example 2026-11-20T09:30:00+08:00 */
            objectionEndsAt: string;
        };
        Objection: {
            id: string;
            companyId: string;
            /** @enum {string} */
            type: "eligibility" | "price-calculation" | "qualification" | "other";
            productCode: string;
            statement: string;
            /** @enum {string} */
            status: "open" | "upheld" | "rejected";
            answer: string | null;
            correction?: unknown;
            /** @example 2026-11-20T09:30:00+08:00 */
            filedAt: string;
            /** @example 2026-11-20T09:30:00+08:00 */
            answeredAt: string | null;
        };
        ObjectionRequest: {
            /** @enum {string} */
            type: "eligibility" | "price-calculation" | "qualification" | "other";
            productCode: string;
            statement: string;
        };
        ObjectionList: {
            items: components["schemas"]["Objection"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        ObjectionAnswer: {
            /** @enum {string} */
            decision: "upheld";
            answer: string;
            correction: components["schemas"]["EvaluationCorrection"];
        } | {
            /** @enum {string} */
            decision: "rejected";
            answer: string;
        };
        /**
         * @example {
         *       "bidCompanyId": "00000000-0000-4000-8000-000000000000",
         *       "productCode": "P1",
         *       "field": "consistencyPassedOn",
         *       "value": "2024-05-01"
         *     }
         */
        EvaluationCorrection: {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "originator";
            value: boolean;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "consistencyPassedOn";
            /** Format: date */
            value: string | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "approvalDate";
            /** Format: date */
            value: string | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "technicalPass";
            value: boolean | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "marketVolume";
            value: number | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "creditRank";
            value: number;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "regionsSuppliedLastYear";
            value: number;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "salesVolume";
            value: number;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "affiliateGroup";
            value: string | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "annualCapacity";
            value: number | null;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "onViolationList";
            value: boolean;
        } | {
            /** Format: uuid */
            bidCompanyId: string;
            productCode: string;
            /** @enum {string} */
            field: "qualityFailureOn";
            /** Format: date */
            value: string | null;
        };
        AwardFixed: {
            state: string;
            /** @example 2026-11-20T09:30:00+08:00 */
            awardedAt: string;
        };
        AwardTimeline: {
            roundId: string;
            /** @example 2027-03-25T17:00:00+08:00 */
            openedAt: string;
            /**
             * @description the revival window’s end (复活), if one opened
             * @example 2027-03-25T17:00:00+08:00
             */
            revivalClosesAt: string | null;
            /** @example 2027-03-25T17:00:00+08:00 */
            revivalClosedAt: string | null;
            /**
             * @description proposed winners published (拟中选公示)
             * @example 2027-03-25T17:00:00+08:00
             */
            proposedAt: string | null;
            /**
             * @description the objection period’s end (异议期): 17:00 of its last working day
             * @example 2027-03-25T17:00:00+08:00
             */
            objectionEndsAt: string | null;
            /** @example 2027-03-25T17:00:00+08:00 */
            awardedAt: string | null;
            /** @example 2027-03-25T17:00:00+08:00 */
            regionSelectionStartedAt: string | null;
            /** @example 2027-03-25T17:00:00+08:00 */
            volumesAgreedAt: string | null;
        };
        RegionPreferencesSet: {
            productCode: string;
            regions: string[];
        };
        RegionPreferences: {
            regions: string[];
        };
        RegionSelection: {
            state: string;
            turnMinutes: number;
            entries: {
                productCode: string;
                productName: string | null;
                group: string | null;
                winners: string[];
                /** @description beside `winners`, same order */
                winnerNames: (string | null)[];
                currentTurn: {
                    turn: number;
                    companyId: string;
                    companyName: string | null;
                    /** @enum {string} */
                    kind: "primary" | "backup";
                    allowedRegions: string[];
                    /** @description beside `allowedRegions`, same order */
                    allowedRegionNames: (string | null)[];
                    /** @example 2026-11-20T09:30:00+08:00 */
                    deadline: string;
                } | null;
                picks: {
                    turn: number;
                    companyId: string;
                    companyName: string | null;
                    regionId: string;
                    regionName: string | null;
                    /** @enum {string} */
                    kind: "primary" | "backup";
                    /** @example 2026-11-20T09:30:00+08:00 */
                    deadline: string;
                    /** @example 2026-11-20T09:30:00+08:00 */
                    pickedAt: string;
                    byDefault: boolean;
                }[];
            }[];
        };
        RegionPickRequest: {
            productCode: string;
            /** @default null */
            group?: string | null;
            regionId: string;
        };
        AgreedVolumeList: {
            items: {
                productCode: string;
                productName: string;
                group: string | null;
                hospitalId: string | null;
                hospitalName: string | null;
                /** @description the hospital's region */
                regionId: string | null;
                regionName: string | null;
                companyId: string;
                companyName: string;
                /** @description the spec the company won with */
                specCode: string | null;
                unitsPerPack: number | null;
                /** @description smallest units (片/粒/支/袋/瓶) */
                agreedVolume: number;
                /**
                 * @description 中选价: the winning pack price of the spec (yuan)
                 * @example 7.00
                 */
                awardedPrice: string | null;
                /**
                 * @description awardedPrice × agreedVolume ÷ unitsPerPack, half up to the fen (yuan)
                 * @example 6000.00
                 */
                amount: string | null;
            }[];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        RegionSelectionEvent: {
            selection: components["schemas"]["RegionSelection"];
            /** @description the round’s clock when the event was sent */
            roundNow: string;
            /** @description a rehearsal clock’s speed (deadlines come that much sooner), else null */
            speed: string | null;
        };
        AgreementGenerationStarted: components["schemas"]["AgreementGeneration"] & {
            /** @description false: a job was running or had finished without failures, nothing new began */
            started: boolean;
        };
        AgreementGeneration: {
            roundId: string;
            /** @enum {string} */
            state: "running" | "finished";
            /** @description agreements to issue; null until the first batch made them */
            total: number | null;
            /** @description agreements whose PDF is issued */
            done: number;
            /** @description agreements whose PDF could not be rendered (starting again retries them) */
            failed: number;
            /** @example 2027-03-08T09:00:00.000Z */
            startedAt: string;
            /** @example 2027-03-08T09:00:00.000Z */
            finishedAt: string | null;
        };
        SignedAgreementList: {
            items: components["schemas"]["SignedAgreement"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        SignedAgreement: components["schemas"]["Agreement"] & {
            /**
             * @description docs/rules.md §12.7, on the round’s date
             * @enum {string}
             */
            status: "drafted" | "signed" | "active" | "expired" | "renewed";
            /** @description the sides still to sign; empty once both did */
            awaiting: ("hospital" | "company")[];
            /** @description SHA-256 of the terms both parties sign (stored with the first signature) */
            termsSha256: string;
            hospitalSignature: components["schemas"]["AgreementSideSignature"];
            companySignature: components["schemas"]["AgreementSideSignature"];
            lines: components["schemas"]["AgreementLine"][];
        };
        AgreementSideSignature: {
            /**
             * @description the database clock when the side signed
             * @example 2027-03-08T09:00:00.000Z
             */
            signedAt: string;
            /** @description the signing user’s name */
            signedBy: string;
            /** @description the platform’s Ed25519 signature (base64) over side, user, terms hash, instant */
            signature: string;
        } | null;
        AgreementLine: {
            productCode: string;
            productName: string;
            groupKey: string | null;
            specCode: string;
            unitsPerPack: number;
            /** @description the awarded price per pack, a decimal string */
            packPrice: string;
            /** @description agreed volume in smallest units, an integer as a string */
            agreedVolume: string;
            /** @enum {string} */
            supply: "primary" | "backup";
            /** @example 2027-04-01 */
            cycleStart: string;
            /** @example 2027-04-01 */
            cycleEnd: string;
            /**
             * @description the line stopped early on this day (its supplier failed)
             * @example 2027-04-01
             */
            endedOn: string | null;
            /** @enum {string|null} */
            endReason: "passed-to-backup" | null;
            /** @description today is in the line’s cycle and it has not ended (docs/rules.md §12.7) */
            inCycle: boolean;
        };
        Agreement: {
            id: string;
            roundId: string;
            hospitalId: string;
            hospitalName: string;
            regionName: string | null;
            companyId: string;
            companyName: string;
            /** @description SHA-256 of the issued PDF; null until issued */
            pdfSha256: string | null;
            /** @example 2027-03-08T09:00:00.000Z */
            issuedAt: string | null;
        };
        AgreementStatusCounts: {
            /**
             * @description the round’s date the statuses are read on
             * @example 2027-04-01
             */
            today: string;
            drafted: number;
            signed: number;
            active: number;
            expired: number;
            renewed: number;
            total: number;
        };
        AgreementDetail: components["schemas"]["SignedAgreement"] & {
            verification: components["schemas"]["AgreementVerification"];
        };
        AgreementVerification: {
            /** @description the platform key the signatures are checked with */
            keyId: string;
            /** @description the stored terms hash is the hash of the terms as they stand */
            termsIntact: boolean;
            /** @description the hospital’s signature verifies; null: not signed */
            hospital: boolean | null;
            /** @description the company’s signature verifies; null: not signed */
            company: boolean | null;
        };
        SignAgreement: {
            /** @description the signing user’s password, typed again */
            password: string;
            /** @description the terms hash the user was shown; refused when the terms are no longer these */
            termsSha256: string;
        };
        OrderableLineList: {
            items: components["schemas"]["OrderableLine"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OrderableLine: {
            agreementId: string;
            companyId: string;
            companyName: string;
            productId: string;
            productCode: string;
            productName: string;
            specCode: string;
            unitsPerPack: number;
            /** @example 28.00 */
            packPrice: string;
            /** @enum {string} */
            supply: "primary" | "backup";
            /** @description units (smallest units, 片/粒/支) */
            agreedVolume: string;
            /** @description units of non-cancelled orders and imported lines so far */
            usedUnits: string;
            /** @example 2027-05-08 */
            cycleStart: string;
            /** @example 2027-05-08 */
            cycleEnd: string;
            /** @description both sides signed, today within the cycle, the line not ended */
            active: boolean;
        };
        Order: {
            id: string;
            roundId: string;
            hospitalId: string;
            hospitalName: string;
            regionCode: string;
            companyId: string;
            companyName: string;
            agreementId: string | null;
            productId: string;
            productCode: string;
            productName: string;
            specCode: string;
            packs: number;
            /** @description packs × units per pack (an integer as a string) */
            units: string;
            /**
             * @description the awarded pack price
             * @example 28.00
             */
            packPrice: string;
            /**
             * @description packs × pack price, exactly
             * @example 28.00
             */
            amount: string;
            /** @description the order went beyond the agreement line’s agreed volume */
            overAgreed: boolean;
            /** @example 2027-05-08 */
            orderedOn: string;
            /** @example 2027-05-08T09:00:00.000Z */
            orderedAt: string;
            externalRef: string | null;
            /** @enum {string} */
            status: "ordered" | "confirmed" | "delivered" | "accepted" | "cancelled" | "recorded";
            /** @example 2027-05-08T09:00:00.000Z */
            confirmedAt: string | null;
            /** @example 2027-05-08T09:00:00.000Z */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description packs delivered and not refused at acceptance */
            deliveredPacks: number;
            packsToDeliver: number;
        };
        PlaceOrderRequest: {
            /** @description the product of the round (its catalogue code) */
            productCode: string;
            /**
             * Format: uuid
             * @description the agreement to order under; needed only when two active agreements cover the product
             */
            agreementId?: string;
            packs: number;
            /** @description the hospital’s own order number (订单号) */
            externalRef?: string;
            /** @description never needed: an order is always at the awarded price; if given it must be that price, or the order is refused */
            packPrice?: string;
        };
        OrderList: {
            items: components["schemas"]["Order"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        CancelOrderRequest: {
            /** @description why the hospital cancels */
            reason: string;
        };
        Delivery: {
            id: string;
            orderId: string;
            hospitalId: string;
            hospitalName: string;
            companyId: string;
            companyName: string;
            productCode: string;
            productName: string;
            distributorId: string | null;
            /** @description null: delivered by the company itself */
            distributorName: string | null;
            batchNo: string;
            expiryOn: string | null;
            packs: number;
            deliveredOn: string;
            /** @example 2027-05-09T09:00:00.000Z */
            deliveredAt: string;
            acceptedOn: string | null;
            acceptedPacks: number | null;
            shortPacks: number | null;
            damagedPacks: number | null;
            acceptanceNote: string | null;
        };
        RecordDeliveryRequest: {
            /** @description the batch number (批号) on the packs */
            batchNo: string;
            /**
             * Format: date
             * @description the batch’s expiry date (有效期至)
             * @example 2027-05-09
             */
            expiryOn?: string;
            packs: number;
            /**
             * Format: date
             * @example 2027-05-09
             */
            deliveredOn: string;
            /**
             * Format: uuid
             * @description the distributor (配送企业) that carried it; absent: the company itself
             */
            distributorId?: string;
        };
        DeliveryList: {
            items: components["schemas"]["Delivery"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        AcceptDeliveryRequest: {
            acceptedPacks: number;
            /**
             * @description packs missing (短缺)
             * @default 0
             */
            shortPacks?: number;
            /**
             * @description packs refused as damaged (破损)
             * @default 0
             */
            damagedPacks?: number;
            note?: string;
        };
        DistributorList: {
            items: components["schemas"]["Distributor"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        Distributor: {
            id: string;
            companyId: string;
            name: string;
            uscc: string;
            regions: string[];
            /** @example 2027-05-09T09:00:00.000Z */
            createdAt: string;
        };
        DistributorRequest: {
            name: string;
            /** @description its unified social credit code (统一社会信用代码) */
            uscc: string;
            /**
             * @description region codes it delivers to
             * @default []
             */
            regions?: string[];
        };
        PaymentTerms: {
            roundId: string;
            /** @description the ruleset’s execution.paymentDueDays and paymentDueInWorkingDays */
            ruleset: {
                /** @description days after acceptance (验收) */
                dueDays: number;
                /** @description count working days of the office’s calendar instead of calendar days */
                workingDays: boolean;
            };
            round: {
                /** @description days after acceptance (验收) */
                dueDays: number;
                /** @description count working days of the office’s calendar instead of calendar days */
                workingDays: boolean;
            } | null;
            regions: {
                /** @description days after acceptance (验收) */
                dueDays: number;
                /** @description count working days of the office’s calendar instead of calendar days */
                workingDays: boolean;
                regionCode: string;
                regionName: string;
            }[];
        };
        PaymentTermsBody: {
            /** @description the round’s terms; null: the ruleset’s */
            round: {
                /** @description days after acceptance (验收) */
                dueDays: number;
                /** @description count working days of the office’s calendar instead of calendar days */
                workingDays: boolean;
            } | null;
            /**
             * @description regions whose terms differ from the round’s: a region’s row wins
             * @default []
             */
            regions?: {
                /** @description days after acceptance (验收) */
                dueDays: number;
                /** @description count working days of the office’s calendar instead of calendar days */
                workingDays: boolean;
                regionCode: string;
            }[];
        };
        PrepaymentAccount: {
            hospitalId: string;
            hospitalName: string;
            regionCode: string | null;
            /** @description Σ contractedAmount over the hospital’s agreement lines */
            annualContractedAmount: string;
            /** @description minimumPrepayment(annual contracted amount) */
            minimum: string;
            prepaid: string;
            setOff: string;
            /** @description prepaid − set off */
            balance: string;
            belowMinimum: boolean;
        };
        PrepaymentBody: {
            /** Format: uuid */
            hospitalId: string;
            /** @example 1234.56 */
            amount: string;
            /** @example 2027-05-20 */
            paidOn: string;
        };
        PrepaymentAccountList: {
            items: components["schemas"]["PrepaymentAccount"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OverdueList: {
            items: components["schemas"]["OverdueGroup"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        OverdueGroup: {
            /** @enum {string} */
            by: "hospital" | "region" | "company";
            /** @description the hospital’s or company’s id, or the region code */
            key: string;
            name: string;
            invoices: number;
            outstanding: string;
            maxDaysOverdue: number;
            oldestDueOn: string;
        };
        Invoice: {
            id: string;
            roundId: string;
            deliveryId: string;
            hospitalId: string;
            hospitalName: string;
            regionCode: string | null;
            companyId: string;
            companyName: string;
            productCode: string;
            productName: string;
            number: string;
            amount: string;
            /** @description Σ payments */
            paid: string;
            outstanding: string;
            issuedOn: string;
            acceptedOn: string;
            dueOn: string;
            /** @enum {string} */
            status: "due" | "overdue" | "paid" | "paid-late";
            daysOverdue: number;
        };
        InvoiceBody: {
            /** @description the invoice number (发票号码) */
            number: string;
            /** @example 2027-05-20 */
            issuedOn: string;
            /**
             * @description must equal accepted packs × the awarded pack price, exactly
             * @example 1234.56
             */
            amount: string;
        };
        InvoiceableDeliveryList: {
            items: components["schemas"]["InvoiceableDelivery"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        InvoiceableDelivery: {
            deliveryId: string;
            hospitalId: string;
            hospitalName: string;
            productCode: string;
            productName: string;
            batchNo: string;
            acceptedOn: string;
            acceptedPacks: number;
            packPrice: string;
            /** @description accepted packs × pack price: what the invoice must say */
            amount: string;
        };
        InvoiceList: {
            items: components["schemas"]["Invoice"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        PaymentBody: {
            /**
             * @description at most the invoice’s outstanding amount
             * @example 1234.56
             */
            amount: string;
            /** @example 2027-05-20 */
            paidOn: string;
            /**
             * @description hospital; insurance-fund (医保直接结算); prepayment (set off against the fund’s prepayment)
             * @enum {string}
             */
            payer: "hospital" | "insurance-fund" | "prepayment";
        };
        SurplusList: {
            items: components["schemas"]["Surplus"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        Surplus: {
            hospitalId: string;
            hospitalName: string;
            regionCode: string | null;
            regionName: string | null;
            /**
             * @description agreed volumes × their spec’s ceiling (docs/rules.md §12.3)
             * @example 500000.00
             */
            budget: string;
            /**
             * @description the cycle’s purchases of the round, not cancelled
             * @example 420000.00
             */
            actualSpend: string;
            /**
             * @description budget − actual spend; negative over budget
             * @example 80000.00
             */
            surplus: string;
            /**
             * @description null: not yet graded
             * @enum {string|null}
             */
            grade: "A" | "B" | "C" | "D" | null;
            share: string | null;
            /**
             * @description null while the grade is pending; 0.00 over budget
             * @example 32000.00
             */
            retained: string | null;
            gradedAt: string | null;
            /** @description the explanation, step by step, as the rule book reads */
            steps: components["schemas"]["SurplusStep"][];
        };
        SurplusStep: {
            /** @enum {string} */
            code: "SURPLUS" | "GRADE" | "GRADE_PENDING" | "OVER_BUDGET" | "RETAINED";
            budget?: string;
            actualSpend?: string;
            surplus?: string;
            /** @enum {string} */
            grade?: "A" | "B" | "C" | "D";
            share?: string;
            retained?: string;
            zh: string;
            en: string;
        };
        SurplusGradeBody: {
            /**
             * @description 考核等级: A 0.50, B 0.40, C 0.30, D 0 (ruleset)
             * @enum {string}
             */
            grade: "A" | "B" | "C" | "D";
        };
        MySurplusList: {
            items: components["schemas"]["MySurplus"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        MySurplus: components["schemas"]["Surplus"] & {
            roundId: string;
            roundCode: string;
            roundName: string;
        };
        RenewalRequest: {
            code: string;
            name: string;
        };
        BackupActivation: {
            id: string;
            roundId: string;
            productId: string;
            productCode: string;
            productName: string;
            groupKey: string | null;
            failedCompanyId: string;
            failedCompanyName: string;
            regionCodes: string[];
            reason: string;
            /**
             * Format: date
             * @example 2027-06-01
             */
            effectiveOn: string;
            violationListed: boolean;
            /**
             * Format: date
             * @example 2027-06-01
             */
            violationUntil: string | null;
            /** @description who took over each region, at which price */
            backups: {
                regionCode: string;
                companyId: string;
                specCode: string;
                unitsPerPack: number;
                /** @description the backup’s own awarded price per pack */
                packPrice: string;
            }[];
            lines: {
                hospitalId: string;
                regionCode: string;
                endedAgreementId: string;
                /** @description the failed line’s agreed volume (units) */
                agreedVolume: string;
                /** @description units already bought under it, not cancelled */
                purchasedUnits: string;
                /** @description what the backup’s new agreement carries: agreed − purchased, ≥ 0 */
                backupVolume: string;
                newAgreementId: string;
            }[];
            /** @example 2027-06-01T09:00:00.000Z */
            activatedAt: string;
        };
        BackupActivationRequest: {
            /** Format: uuid */
            productId: string;
            groupKey?: string | null;
            /** Format: uuid */
            failedCompanyId: string;
            regionCodes: string[];
            reason: string;
            /**
             * Format: date
             * @example 2027-06-01
             */
            effectiveOn?: string;
            /** @default false */
            violationList?: boolean;
            /**
             * Format: date
             * @example 2027-06-01
             */
            violationUntil?: string | null;
        };
        BackupActivationList: {
            items: components["schemas"]["BackupActivation"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        BackupRegionList: {
            items: components["schemas"]["BackupRegion"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        BackupRegion: {
            productId: string;
            productCode: string;
            groupKey: string | null;
            regionCode: string;
            regionName: string;
            primaryCompanyId: string | null;
            primaryCompanyName: string | null;
            backupCompanyId: string | null;
            backupCompanyName: string | null;
        };
        ListingApplied: {
            roundId: string;
            changes: {
                listingId: string;
                /** @enum {string} */
                kind: "listed" | "repriced" | "delisted" | "relisted";
                /** @enum {string} */
                status: "listed" | "delisted";
                packPrice: string;
                previousPrice: string | null;
                /** @enum {string} */
                reasonCode: "AWARDED_PRICE" | "OVER_CAP" | "DID_NOT_BID" | "OFFICE";
                reason: string;
                /** @example 2027-06-01T09:00:00.000Z */
                changedAt: string;
                changeId: string;
                productId: string;
                companyId: string;
                specCode: string;
            }[];
        };
        AppliedListingChange: {
            listingId: string;
            /** @enum {string} */
            kind: "listed" | "repriced" | "delisted" | "relisted";
            /** @enum {string} */
            status: "listed" | "delisted";
            packPrice: string;
            previousPrice: string | null;
            /** @enum {string} */
            reasonCode: "AWARDED_PRICE" | "OVER_CAP" | "DID_NOT_BID" | "OFFICE";
            reason: string;
            /** @example 2027-06-01T09:00:00.000Z */
            changedAt: string;
            changeId: string;
            productId: string;
            companyId: string;
            specCode: string;
        };
        NewListingRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            companyId: string;
            specCode: string;
            /** @example 12.80 */
            packPrice: string;
            reason: string;
        };
        ListingChangeRequest: {
            /** @enum {string} */
            action: "delist" | "relist" | "reprice";
            /** @example 12.80 */
            packPrice?: string;
            reason: string;
        };
        ListingList: {
            items: components["schemas"]["Listing"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        Listing: {
            id: string;
            roundId: string;
            roundCode: string;
            productId: string;
            productCode: string;
            productName: string;
            companyId: string;
            companyName: string;
            specCode: string;
            unitsPerPack: number;
            /** @description the listed price (挂网价) per pack */
            packPrice: string;
            /** @enum {string} */
            status: "listed" | "delisted";
            /** @description a winner of the round, listed at its awarded price */
            winner: boolean;
            /** @enum {string|null} */
            lastReasonCode: "AWARDED_PRICE" | "OVER_CAP" | "DID_NOT_BID" | "OFFICE" | null;
            /** @example 2027-06-01T09:00:00.000Z */
            updatedAt: string;
        };
        ListingChangeList: {
            items: components["schemas"]["ListingChange"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        ListingChange: {
            id: string;
            listingId: string;
            /** @enum {string} */
            kind: "listed" | "repriced" | "delisted" | "relisted";
            /** @enum {string} */
            status: "listed" | "delisted";
            packPrice: string;
            previousPrice: string | null;
            /** @enum {string} */
            reasonCode: "AWARDED_PRICE" | "OVER_CAP" | "DID_NOT_BID" | "OFFICE";
            reason: string;
            /** @example 2027-06-01T09:00:00.000Z */
            changedAt: string;
        };
        PurchaseImport: {
            /** Format: uuid */
            importId: string;
            fileName: string;
            fileSha256: string;
            /** Format: date-time */
            importedAt: string;
            /** @description data lines in the file */
            lines: number;
            /** @description lines recorded by this file */
            recorded: number;
            /** @description of those, bought under an agreement at the awarded price */
            underAgreement: number;
            /** @description lines an earlier file had already recorded exactly so */
            skipped: number;
            /** @description decimal: the recorded lines’ amount, yuan */
            amount: string;
            /** @description true: the same file was imported before; nothing was added */
            repeated: boolean;
        };
        PurchaseImportList: {
            items: components["schemas"]["PurchaseImport"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        AuditChainStatus: {
            ok: boolean;
            seals: number;
            digests: number;
            /** @description the first broken link of the hash chains, when there is one */
            broken?: {
                /** @example round:8c0f… */
                stream: string;
                /** @description the event’s seq; a seal id for audit_seal; a day for audit_digest */
                seq: string;
                reason: string;
            };
            /** @description what the business tables hold that the audit chain does not say; empty when they agree */
            findings: {
                /**
                 * @example BID_CIPHERTEXT_DIFFERS
                 * @enum {string}
                 */
                kind: "BID_WITHOUT_LINK" | "BID_LINK_WITHOUT_ROW" | "BID_REVISION_DIFFERS" | "BID_WITHDRAWAL_DIFFERS" | "BID_COMMITMENT_DIFFERS" | "BID_CIPHERTEXT_DIFFERS" | "BID_NOT_OPENED" | "OPENED_BID_WITHOUT_BID" | "OPENED_BID_COMMITMENT_DIFFERS" | "OPENED_BID_NOT_REVEALED" | "OPENED_PRICE_NOT_COMMITTED" | "OPENED_BID_REVIEW_DIFFERS" | "OPENING_DIFFERS" | "EVALUATION_RECORD_WITHOUT_LINK" | "EVALUATION_LINK_WITHOUT_RECORD" | "EVALUATION_FILE_DIFFERS" | "EVALUATION_RECORD_DIFFERS" | "SEALED_BIDS_DIFFER";
                roundId: string | null;
                /** @example bid 5b1e…: ciphertext differs from its audit link (seq 3) */
                message: string;
            }[];
        };
        AuditDigestList: {
            items: components["schemas"]["AuditDigest"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        AuditDigest: {
            /**
             * @description Asia/Shanghai day
             * @example 2026-11-23
             */
            day: string;
            sealId: number;
            sealHash: string;
            /** @description SHA-256 over the day, the seal and its counts (counts not shown: they would reveal bid activity) */
            digestHash: string;
            publishedAt: string;
        };
        Clock: {
            /** @description the platform time (the database clock, real time), UTC */
            now: string;
            nowShanghai: string;
        };
        RoundClock: {
            /** Format: uuid */
            roundId: string;
            /** @description the round’s time, on which its deadlines are judged, UTC */
            now: string;
            nowShanghai: string;
            /** @description null: the round runs on the platform time */
            rehearsal: {
                speed: string;
                anchorVirtual: string;
            } | null;
        };
        RoundRehearsalClock: {
            /**
             * Format: date-time
             * @description the round’s virtual time to start from
             */
            now: string;
            /**
             * @description times real time (0.001 to 100,000)
             * @default 1
             */
            speed?: number;
        };
        OcdsReleasePackage: {
            uri: string;
            /** @enum {string} */
            version: "1.1";
            publishedDate: string;
            publisher: {
                name: string;
                scheme: string | null;
                uid: string | null;
            };
            extensions: string[];
            releases: components["schemas"]["OcdsRelease"][];
        };
        /** @description An OCDS 1.1 release; money amounts are exact decimal numbers, also given as `amountText` */
        OcdsRelease: {
            ocid: string;
            id: string;
            date: string;
            tag: string[];
            /** @enum {string} */
            initiationType: "tender";
        } & {
            [key: string]: unknown;
        };
        OcdsRecordPackage: {
            uri: string;
            /** @enum {string} */
            version: "1.1";
            publishedDate: string;
            publisher: {
                name: string;
                scheme: string | null;
                uid: string | null;
            };
            extensions: string[];
            packages: string[];
            records: {
                ocid: string;
                releases: components["schemas"]["OcdsRelease"][];
                compiledRelease: components["schemas"]["OcdsRelease"];
            }[];
        };
        OcdsReleaseList: {
            items: components["schemas"]["OcdsRelease"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        VerifiedDocument: {
            /** @example 7K3M-Q9TX-2B4R */
            code: string;
            /** @enum {string} */
            kind: "bid-receipt" | "proposed-winners-notice" | "award-notice" | "purchase-agreement";
            title: string;
            round: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            /** @description the instant the document speaks of, Beijing time */
            issuedAt: string;
            sha256: string;
            size: number;
        };
        ExecutionRoundList: {
            items: components["schemas"]["ExecutionRound"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        ExecutionRound: {
            roundId: string;
            code: string;
            name: string;
            state: string;
        };
        RoundProgress: {
            roundId: string;
            /** @description the round's date (Beijing), from the database clock */
            today: string;
            total: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
            };
            regions: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
                regionCode: string;
                regionName: string;
            }[];
            products: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
                productId: string;
                productCode: string;
                productName: string;
            }[];
            companies: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
                companyId: string;
                companyName: string;
            }[];
            /** @description region × product × company */
            cells: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
                regionCode: string;
                productId: string;
                companyId: string;
            }[];
            months: {
                /** @example 2027-04 */
                month: string;
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                cumulativeUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                cumulativeAmount: string;
                /**
                 * @description cumulative ÷ agreed at the month’s end
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description the linear pace at the month’s end (or today)
                 * @example 0.3083
                 */
                expectedPace: string;
            }[];
        };
        InstitutionProgress: {
            roundId: string;
            today: string;
            hospitalId: string;
            hospitalName: string;
            regionCode: string;
            products: {
                /** @description agreed volume (约定采购量), smallest units */
                agreedUnits: number;
                /**
                 * @description contracted amount (约定采购金额)
                 * @example 12000.00
                 */
                agreedAmount: string;
                /** @description bought from the winners, not cancelled */
                purchasedUnits: number;
                /**
                 * @description yuan, a decimal string
                 * @example 12000.00
                 */
                purchasedAmount: string;
                /**
                 * @description purchased ÷ agreed; null with nothing agreed
                 * @example 0.3083
                 */
                completion: string | null;
                /**
                 * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
                 * @example 0.3083
                 */
                expectedPace: string;
                /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
                behind: boolean;
                productId: string;
                productCode: string;
                productName: string;
                /** @description bought from companies without an agreed volume for this hospital (非中选) */
                outsideUnits: number;
            }[];
        };
        BehindList: {
            items: components["schemas"]["BehindLine"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        BehindLine: {
            /** @description agreed volume (约定采购量), smallest units */
            agreedUnits: number;
            /**
             * @description contracted amount (约定采购金额)
             * @example 12000.00
             */
            agreedAmount: string;
            /** @description bought from the winners, not cancelled */
            purchasedUnits: number;
            /**
             * @description yuan, a decimal string
             * @example 12000.00
             */
            purchasedAmount: string;
            /**
             * @description purchased ÷ agreed; null with nothing agreed
             * @example 0.3083
             */
            completion: string | null;
            /**
             * @description elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today
             * @example 0.3083
             */
            expectedPace: string;
            /** @description completion < pace − paceTolerance (docs/rules.md §12.5) */
            behind: boolean;
            hospitalId: string;
            hospitalName: string;
            regionCode: string;
            productId: string;
            productCode: string;
            productName: string;
        };
        SupplierLagList: {
            items: components["schemas"]["SupplierLag"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        SupplierLag: {
            companyId: string;
            companyName: string;
            orderedPacks: number;
            deliveredPacks: number;
            /** @description delivered ÷ ordered < deliveryLagThreshold (docs/rules.md §12.5) */
            lagging: boolean;
        };
        NonWinnerExcessList: {
            items: components["schemas"]["NonWinnerExcess"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        NonWinnerExcess: {
            hospitalId: string;
            hospitalName: string;
            regionCode: string;
            productId: string;
            productCode: string;
            productName: string;
            /** @description the companies it was bought from, names joined by 、 */
            companies: string;
            /** @description non-winning purchases of the cycle, smallest units */
            purchasedUnits: number;
            /** @description the hospital's last year's volume (上年用量) */
            cap: number | null;
            excess: number;
            /** @enum {string} */
            status: "open" | "notified";
            note: string | null;
            notifiedAt: string | null;
        };
        NonWinnerNoticeBody: {
            /** @description what was said or decided (约谈记录) */
            note: string;
        };
        InventoryMonth: {
            companyId: string;
            companyName: string;
            /** @example 2027-04 */
            month: string;
            /** @description the last day to report the month (inventoryReportDay of the next month) */
            dueOn: string;
            /** @enum {string} */
            status: "on-time" | "late" | "missing" | "not-yet-due";
            daysLate: number;
            reportedAt: string | null;
            items: {
                productId: string;
                productCode: string;
                productName: string;
                regionCode: string | null;
                /** @description packs in stock at the month’s end */
                stockPacks: number;
            }[];
        };
        InventoryReportBody: {
            items: {
                /** Format: uuid */
                productId: string;
                regionCode?: string | null;
                stockPacks: number;
            }[];
        };
        InventoryList: {
            items: components["schemas"]["InventoryMonth"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        SuppliedProductList: {
            items: components["schemas"]["SuppliedProduct"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        SuppliedProduct: {
            productId: string;
            productCode: string;
            productName: string;
        };
        SupplyFiguresList: {
            items: components["schemas"]["SupplyFigures"][];
            /** @description pass as ?cursor= for the next page; null: this was the last page */
            nextCursor: string | null;
        };
        SupplyFigures: {
            companyId: string;
            companyName: string;
            orderedPacks: number;
            acceptedPacks: number;
            /** @description whole hours from order to confirmation; null: none confirmed */
            responseHours: {
                median: number;
                p90: number;
            } | null;
            /** @description days from the order day to its first delivery; null: none delivered */
            deliveryDays: {
                median: number;
                p90: number;
            } | null;
            /** @description accepted ÷ ordered packs, 4 places */
            fillRate: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description DATABASE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ACCOUNT_LOCKED: the office lifts the lock */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description LOGIN_THROTTLED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CROSS_SITE_REQUEST: a browser request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the signed-in actor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenRequest"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePasswordResponse"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description LOGIN_THROTTLED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description unlocked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountLock"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                kind?: "office" | "region-bureau" | "hospital" | "company";
                regionCode?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationRequest"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rounds visible to the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundRequest"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchRoundRequest"];
            };
        };
        responses: {
            /** @description the changed round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the published round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRoundRequest"];
            };
        };
        responses: {
            /** @description the cancelled round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRoundCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundCalendarRequest"];
            };
        };
        responses: {
            /** @description the calendar in +08:00, with the objection period’s last day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCalendar"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkingDays: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the exceptions, by day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWorkingDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingDaysRequest"];
            };
        };
        responses: {
            /** @description the year’s exceptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            /** @description the product as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description every product saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMPORT_REJECTED: nothing saved; `errors` lists every problem by sheet, row and column */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulesetPreviewRequest"];
            };
        };
        responses: {
            /** @description the differences per product entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetPreview"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCatalogueTemplate: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template: .xlsx or CSV (UTF-8 with BOM), a header row only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompanyFacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the facts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyFacts"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCompanyFacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyFactsRequest"];
            };
        };
        responses: {
            /** @description the facts now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyFacts"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegistrations: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                companyId?: string;
                reviewStatus?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description registrations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRequest"];
            };
        };
        responses: {
            /** @description registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationReviewRequest"];
            };
        };
        responses: {
            /** @description the registration as reviewed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandWorksheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the worksheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandWorksheet"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDemandTemplate: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template, Chinese headers as importDemand reads them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnDemandRounds: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rounds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnDemandRoundList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnDemandHistory: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                status?: "submitted" | "approved" | "returned";
                /** @description only this round (its uuid) */
                roundId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnDemandHistory"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandReportTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the trail, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandTrail"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandReportRequest"];
            };
        };
        responses: {
            /** @description resubmitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReport"];
                };
            };
            /** @description reported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReport"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEADLINE_PASSED: the demand window has closed on the database clock */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandReports: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                status?: "submitted" | "approved" | "returned";
                productCode?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the reports the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReportList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description every row saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandImportResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEADLINE_PASSED: the demand window has closed on the database clock */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMPORT_REJECTED: nothing saved; `errors` lists every problem by row */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandTotals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description totals, by product code then region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandTotals"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lockDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description demand locked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandLockResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveDemandReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DemandApproveRequest"];
            };
        };
        responses: {
            /** @description approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReport"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnDemandReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandReturnRequest"];
            };
        };
        responses: {
            /** @description returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReport"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the regions in code order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandProgress"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandReviewRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest round first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandReviewRounds"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandQueue: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description only reports in this status (none: all) */
                status?: "submitted" | "approved" | "returned";
                /** @description only this product */
                productCode?: string;
                /** @description the hospital's name contains this text (case-insensitive) */
                q?: string;
                /** @description only outliers: any, above (more than 2× last year) or below (less than half) */
                outlier?: "any" | "above" | "below";
                /** @description the office's choice of region (none: all); a region bureau always sees its own (another region: 404) */
                regionCode?: string;
                /** @description submitted (oldest first, the default), hospital (name) or product (code) */
                sort?: "submitted" | "hospital" | "product";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the queue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandQueue"] & {
                        thresholds: components["schemas"]["DemandOutlierThresholds"];
                    };
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemandRegionTotals: {
        parameters: {
            query?: {
                /** @description the office's choice of region (none: all regions); a bureau its own */
                regionCode?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every product of the round, by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandRegionTotals"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveDemandReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandBulkApproveRequest"];
            };
        };
        responses: {
            /** @description every listed report approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandBulkApproveResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanyDocuments: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                companyId?: string;
                /** @description gmp-certificate (药品GMP证书, GMP certificate); drug-registration-certificate (药品注册证书, drug registration certificate); consistency-evaluation-approval (一致性评价批件, consistency-evaluation approval); letter-of-authorisation (授权书, letter of authorisation) */
                kind?: "gmp-certificate" | "drug-registration-certificate" | "consistency-evaluation-approval" | "letter-of-authorisation";
                /** @description pending: asked for, not verified yet; accepted: the stored file matched the declared size, type and SHA-256; rejected: it did not, and was discarded */
                state?: "pending" | "accepted" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDocumentList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCompanyDocumentUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyDocumentRequest"];
            };
        };
        responses: {
            /** @description pending, with where to PUT the file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDocumentUpload"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmCompanyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description accepted, with the verified SHA-256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDocument"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not the declared file (problem+json, code UPLOAD_REJECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompanyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDocument"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCompanyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Location: a short-lived presigned URL of the file, named as uploaded */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitBid: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BidRequest"];
            };
        };
        responses: {
            /** @description the signed receipt (the same one again for a retried key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BidReceipt"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawBid: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the signed withdrawal receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BidReceipt"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyBids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description your receipts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBids"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommitments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the commitments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedCommitments"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptVerificationKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the key; `keyId` is the one every receipt names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptVerificationKey"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKeyCeremony: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the ceremony */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCeremony"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    holdKeyCeremony: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyCeremonyRequest"];
            };
        };
        responses: {
            /** @description the public key and the officials; no share is ever shown here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCeremony"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    takeKeyShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeKeyShareRequest"];
            };
        };
        responses: {
            /** @description your share: keep it offline until the opening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyKeyShare"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already fetched (problem+json, code CONFLICT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpeningStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the opening’s progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningStatus"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitOpeningShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpeningShareRequest"];
            };
        };
        responses: {
            /** @description opened: what was opened and which bids were found tampered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningProgress"];
                };
            };
            /** @description held: how many more shares are needed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningProgress"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not the share issued to you (problem+json, code VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTechnicalEnvelopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the technical envelopes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicalEnvelopes"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordTechnicalReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnicalReviewRequest"];
            };
        };
        responses: {
            /** @description recorded; `pending` reviews remain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicalReviewResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestTechnicalFileUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnicalFileUploadRequest"];
            };
        };
        responses: {
            /** @description where to PUT the bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicalFileUploadTicket"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTechnicalFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnicalFileConfirmRequest"];
            };
        };
        responses: {
            /** @description sealed: the receipt with the file’s SHA-256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedTechnicalFile"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeTechnicalFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnicalFileRemoveRequest"];
            };
        };
        responses: {
            /** @description removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicalFileRemoved"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTechnicalFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description your files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedTechnicalFiles"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenedTechnicalFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the opened files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedTechnicalFiles"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every recorded outage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOutage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutageRequest"];
            };
        };
        responses: {
            /** @description the outage and the rounds whose times moved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageRecorded"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeOutage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseOutageRequest"];
            };
        };
        responses: {
            /** @description the outage and the rounds whose times moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageRecorded"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest 200 notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNoticeList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoundNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the round’s notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNoticeList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutageFormula: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the formula */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageFormulaView"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOutageFormula: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutageFormula"];
            };
        };
        responses: {
            /** @description the formula */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageFormulaView"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each event’s data is a PublicNoticeList (JSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["PublicNoticeList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLatestEvaluationRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRecord"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluationRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRecordList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationResult: {
        parameters: {
            query?: {
                /** @description a record of the round; default the latest */
                seq?: number;
                /** @description summary: each product without its allocations, regions and region picks */
                view?: "full" | "summary";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the named result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedEvaluationResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationNames: {
        parameters: {
            query?: {
                /** @description a record of the round; default the latest */
                seq?: number;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationNames"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationInput: {
        parameters: {
            query?: {
                /** @description a record of the round; default the latest */
                seq?: number;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the input JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationOutput: {
        parameters: {
            query?: {
                /** @description a record of the round; default the latest */
                seq?: number;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the output JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAwardSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardSettings"];
            };
        };
        responses: {
            /** @description the settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardSettings"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyRevivalOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description your offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevivalOfferList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerRevivalOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevivalAnswer"];
            };
        };
        responses: {
            /** @description the answered offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevivalOffer"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeRevivalWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the round state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundStateResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareEvaluationRulesets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfBody"];
            };
        };
        responses: {
            /** @description the difference */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfResult"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishProposedWinners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposedPublished"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObjections: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description open, answered (upheld or rejected), upheld or rejected */
                status?: "open" | "answered" | "upheld" | "rejected";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description objections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionRequest"];
            };
        };
        responses: {
            /** @description filed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objection"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionAnswer"];
            };
        };
        responses: {
            /** @description answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objection"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fixAward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description awarded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardFixed"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAwardTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardTimeline"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRegionPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionPreferences"];
            };
        };
        responses: {
            /** @description stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPreferencesSet"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRegionSelection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the selection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSelection"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionSelection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the selection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSelection"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pickRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionPickRequest"];
            };
        };
        responses: {
            /** @description the selection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSelection"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreedVolumes: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description agreed volumes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreedVolumeList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamRegionSelection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each event’s data is a RegionSelectionEvent (JSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["RegionSelectionEvent"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDemandTotals: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: .xlsx with Chinese headers, or CSV (UTF-8 with BOM); money as exact decimals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportEvaluationResult: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: .xlsx with Chinese headers, or CSV (UTF-8 with BOM); money as exact decimals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAgreedVolumes: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: .xlsx with Chinese headers, or CSV (UTF-8 with BOM); money as exact decimals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementGeneration"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startAgreementGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description running (or already done) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementGenerationStarted"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description only agreements in this status */
                status?: "drafted" | "signed" | "active" | "expired" | "renewed";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedAgreementList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAgreementPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF as issued (its SHA-256 is in the audit chain) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countAgreementsByStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementStatusCounts"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetail"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreement"];
            };
        };
        responses: {
            /** @description signed: the agreement as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetail"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrderableLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description agreement lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderableLineList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description only orders in this status */
                status?: "ordered" | "confirmed" | "delivered" | "accepted" | "cancelled" | "recorded";
                /** @description true: only orders still to fill (ordered, confirmed or delivered) */
                open?: "true" | "false";
                /** @description only this product */
                productCode?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PlaceOrderRequest"];
            };
        };
        responses: {
            /** @description the order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelOrderRequest"];
            };
        };
        responses: {
            /** @description the order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RecordDeliveryRequest"];
            };
        };
        responses: {
            /** @description the delivery */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description acceptance: only deliveries not yet accepted */
                awaiting?: "acceptance";
                /** @description only this order’s deliveries */
                orderId?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptDeliveryRequest"];
            };
        };
        responses: {
            /** @description the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDistributors: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description distributors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDistributor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DistributorRequest"];
            };
        };
        responses: {
            /** @description the distributor */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distributor"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTerms"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPaymentTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentTermsBody"];
            };
        };
        responses: {
            /** @description terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTerms"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrepaymentAccounts: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrepaymentAccountList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPrepayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrepaymentBody"];
            };
        };
        responses: {
            /** @description the hospital’s account after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrepaymentAccount"] & {
                        id: string;
                    };
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOverduePayments: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description group overdue invoices by */
                by?: "hospital" | "region" | "company";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceBody"];
            };
        };
        responses: {
            /** @description recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoiceableDeliveries: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceableDeliveryList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description open: due or overdue */
                status?: "open" | "due" | "overdue" | "paid" | "paid-late";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentBody"];
            };
        };
        responses: {
            /** @description the invoice after the payment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurplus: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                /** @description the office's choice of region (none: all); a region bureau always sees its own */
                regionCode?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description institutions by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurplusList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    gradeSurplus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurplusGradeBody"];
            };
        };
        responses: {
            /** @description the institution, regraded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Surplus"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySurplus: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest round first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySurplusList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewalRequest"];
            };
        };
        responses: {
            /** @description the renewal round (a draft) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBackupActivations: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description activations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupActivationList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupActivationRequest"];
            };
        };
        responses: {
            /** @description activated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupActivation"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBackupRegions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description regions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRegionList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the changes made (none when applied before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingApplied"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListings: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                roundId?: string;
                productId?: string;
                companyId?: string;
                status?: "listed" | "delisted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description listings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createListing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewListingRequest"];
            };
        };
        responses: {
            /** @description listed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppliedListingChange"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListingChanges: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                listingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingChangeList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListingChangeRequest"];
            };
        };
        responses: {
            /** @description changed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppliedListingChange"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the listing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPurchases: {
        parameters: {
            query?: {
                /** @description the file’s name as the hospital sees it (shown in the list of imports) */
                fileName?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description every line recorded (or the earlier import of the same file) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseImport"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMPORT_REJECTED: nothing saved; `errors` lists every problem by row */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPurchaseImports: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseImportList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPurchaseTemplate: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template, Chinese headers as importPurchases reads them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the chain’s status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainStatus"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditDigests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDigestList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditDigest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDigest"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlatformClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoundClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the round’s time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundClock"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRehearsalClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundRehearsalClock"];
            };
        };
        responses: {
            /** @description set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundClock"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetRoundClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description platform time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundClock"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoundOcdsPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcdsReleasePackage"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoundOcdsRecordPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcdsRecordPackage"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOcdsReleases: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of releases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcdsReleaseList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOcdsExtensionFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: "extension.json" | "release-schema.json" | "README.md";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOcdsExtensionCodelist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: "bidOutcome.csv" | "bidStatus.csv" | "supplierRole.csv" | "computationReason.csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBidReceiptPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the receipt (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueBidReceiptPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                productCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the receipt (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposedWinnersNoticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the notice (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAwardNoticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the notice (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedDocument"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExecutionRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionRoundList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoundProgress: {
        parameters: {
            query?: {
                regionCode?: string;
                productId?: string;
                companyId?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundProgress"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstitutionProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                hospitalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionProgress"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBehindInstitutions: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                regionCode?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by hospital name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BehindList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupplierLag: {
        parameters: {
            query?: {
                regionCode?: string;
                companyId?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by company name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierLagList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNonWinnerExcess: {
        parameters: {
            query?: {
                /** @description rows per page (1–500, default 100) */
                limit?: number;
                /** @description the previous page’s nextCursor */
                cursor?: string;
                regionCode?: string;
                companyId?: string;
                hospitalId?: string;
                productId?: string;
                /** @description open: not yet acted on; notified: 已约谈 */
                status?: "open" | "notified";
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by hospital name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonWinnerExcessList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifyNonWinnerExcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                hospitalId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NonWinnerNoticeBody"];
            };
        };
        responses: {
            /** @description the case, now notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonWinnerExcess"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportInventory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InventoryReportBody"];
            };
        };
        responses: {
            /** @description the month as reported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryMonth"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInventory: {
        parameters: {
            query?: {
                companyId?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by company, then month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSuppliedProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuppliedProductList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupplyFigures: {
        parameters: {
            query?: {
                companyId?: string;
            };
            header?: never;
            path: {
                /** @description the round's id, or its code (any case), e.g. NVBP7-DEMO */
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description by company name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplyFiguresList"];
                };
            };
            /** @description invalid request (problem+json, code VALIDATION_FAILED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in (problem+json, code UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed for this role or tenant (problem+json, code FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found (problem+json, code NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
