import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AccountTables } from '../auth/auth.table.js';
import type { OrganisationTables } from '../organisations/organisations.table.js';
import type { CalendarTables } from '../rounds/calendar.table.js';
import type { AuditTables } from '../audit/audit.table.js';
import type { RoundTables } from '../rounds/rounds.table.js';
import type { CompanyTables } from '../companies/companies.table.js';
import type { DemandTables } from '../demand/demand.table.js';
import type { DemandEventTables } from '../demand/demand-event.table.js';
import type { BidTables } from '../bids/bids.table.js';
import type { KeyCeremonyTables } from '../opening/key-ceremony.table.js';
import type { BidOpeningTables } from '../opening/bid-opening.table.js';
import type { OutageTables } from '../outages/outages.table.js';
import type { OpeningTables } from '../award/award.table.js';
import type { OcdsTables } from '../ocds/ocds.table.js';
import type { IssuedDocumentTables } from '../pdf/issued-document.table.js';
import type { TechnicalFileTables } from '../technical-files/technical-files.table.js';
import type { DocumentTables } from '../documents/company-documents.table.js';
import type { AgreementTables } from '../agreements/agreements.table.js';
import type { LedgerTables } from '../purchases/ledger.table.js';
import type { DistributorTables } from '../purchases/distributor.table.js';
import type { MonitoringTables } from '../monitoring/monitoring.table.js';
import type { SurplusTables } from '../surplus/surplus.table.js';
import type { BackupActivationTables } from '../backup-supply/backup-activation.table.js';
import type { ListingTables } from '../listing/listing.table.js';
import type { ClusterTables } from '../cluster/cluster.table.js';

/** Every table, composed from each feature's own table file. */
export interface Database
  extends
    AccountTables,
    OrganisationTables,
    CalendarTables,
    AuditTables,
    RoundTables,
    CompanyTables,
    DemandTables,
    DemandEventTables,
    BidTables,
    KeyCeremonyTables,
    BidOpeningTables,
    OutageTables,
    OpeningTables,
    OcdsTables,
    IssuedDocumentTables,
    TechnicalFileTables,
    DocumentTables,
    AgreementTables,
    LedgerTables,
    DistributorTables,
    MonitoringTables,
    SurplusTables,
    BackupActivationTables,
    ListingTables,
    ClusterTables {}

export type Db = Kysely<Database>;

// bigint (int8) quantities arrive as strings and are turned into numbers/bigints by mappers;
// numeric money stays a string for decimal.js. Dates (type 1082) stay 'YYYY-MM-DD' strings, not JS Dates.
pg.types.setTypeParser(1082, (value: string) => value);

export function createDb(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // an idle client whose server went away (PostgreSQL stopping on Ctrl-C) is dropped by the pool;
  // unheard, its error event would crash the process
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
