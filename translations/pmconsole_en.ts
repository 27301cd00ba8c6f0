<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database URI given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI must start with postgresql:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI names several hosts; give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot; in the database URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyStream</name>
    <message>
        <source>no PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY needs an open PostgreSQL (QPSQL) connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending COPY data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending COPY failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not available; install the Qt PostgreSQL plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>Starting the private PostgreSQL server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seed the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating 90 days of a sending platform for the demo (first start only)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedPostgres</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as root needs a &quot;postgres&quot; system user to own the private cluster; none exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server found no free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_ctl stop failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Refusing to enqueue &quot;%1&quot;: its arguments name a secret (&quot;%2&quot;). Pass an id and let the worker fetch the secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs a kind, a priority from 0 to 4 and at least one attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enqueue &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot claim jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew job leases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the failure of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rescue expired jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-queue job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not dead-lettered, so there is nothing to re-queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Cannot create the migration history table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1 (%2), newer than this build knows (%3). Install a newer PenguinMails Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied (recorded checksum %2…, file %3…). Never edit an applied migration; add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>Install PostgreSQL 13 or newer from the EnterpriseDB installer, or set PM_PG_BINDIR to the folder that holds initdb.exe and pg_ctl.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PostgreSQL 13 or newer (&quot;brew install postgresql@16&quot; or Postgres.app), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the PostgreSQL server (Debian/Ubuntu: &quot;sudo apt-get install postgresql&quot;), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupCheck</name>
    <message>
        <source>The rollup check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: day %2, tenant %3, IP %4, provider %5, ESP account %6 (sent %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollup digest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source> at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL script needs an open PostgreSQL (QPSQL) connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationSpec</name>
    <message>
        <source>Unknown profile &quot;%1&quot;; use default, demo or scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenants must be between 1 and 100000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be between 1 and 3660 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--emails-per-month must be between %1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ips must be between 1 and 100000 and --pools between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw-days must be between 0 and --days (%1) (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pools (%1) cannot exceed --ips (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The database is not migrated (schema version %1 of %2); run &quot;pmctl migrate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds tenants; pass --replace to discard them and simulate anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants, %2 ESP accounts, %3 pools, %4 IPs, %5 injected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the incident ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded (%2 of %3 days): %4 events, %5 rollup rows written so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::app::ConsoleApplication</name>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI (default: $PM_DATABASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a private local PostgreSQL with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the demo&apos;s private cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit every page, save screenshots in this folder, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (for example de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be started.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::queue::Worker</name>
    <message>
        <source>No handler for job kind &quot;%1&quot; in this worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::secrets::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only; you will be asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::secrets::MemorySecretStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::sim::LiveSimulator</name>
    <message>
        <source>No finished simulation to continue: run &quot;pmctl simulate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::store::ConnectionMonitor</name>
    <message>
        <source>Connection lost (%1); reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this console needs version %2. Run &quot;pmctl migrate&quot; against this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AboutDialog</name>
    <message>
        <source>About PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PenguinMails Console %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS backend: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema: %1 (this build knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue risk, deliverability incidents and reputation for the PenguinMails sending platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionController</name>
    <message>
        <source>The keychain did not give the saved password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer TLS, no verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — TLS, certificate not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — TLS, certificate chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — TLS, chain and host name verified (recommended for remote servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverability, bounce and complaint rates, volume and cost per 1,000 emails against the targets of each volume phase, with trends and revenue at risk by tenant, appear here once sending data has been ingested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected deliverability incidents (bounce and complaint spikes, blocks, blocklistings) wait here for triage, with their playbooks and time to acknowledge and resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly reputation tier of every IP and pool (Healthy, Watch, At Risk, Critical) with its reasons, beside the latest official snapshots from Gmail Postmaster Tools, Microsoft SNDS and blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped and throttled notifications about incidents and system events arrive here; critical ones also reach the desktop tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sensitive request, one-time-code verification and executive action is recorded here, hash-chained so tampering shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accounts, notification preferences and alert policies are configured here. Use File &gt; Connect to database… to change the database this console uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this console knows (%2). Install a newer PenguinMails Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
