<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database URI given.</source>
        <translation>Keine Datenbank-URI angegeben.</translation>
    </message>
    <message>
        <source>The database URI must start with postgresql:// (got &quot;%1&quot;).</source>
        <translation>Die Datenbank-URI muss mit postgresql:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The database URI names several hosts; give exactly one.</source>
        <translation>Die Datenbank-URI enthält mehrere Hosts; geben Sie genau einen an.</translation>
    </message>
    <message>
        <source>The database URI is not valid: %1</source>
        <translation>Die Datenbank-URI ist ungültig: %1</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“; verwenden Sie einen der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds (got &quot;%1&quot;).</source>
        <translation>connect_timeout muss eine ganze Zahl von Sekunden sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot; in the database URI.</source>
        <translation>Unbekannter Verbindungsparameter „%1“ in der Datenbank-URI.</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(Standardbenutzer)</translation>
    </message>
</context>
<context>
    <name>CopyStream</name>
    <message>
        <source>no PostgreSQL connection</source>
        <translation>keine PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <source>COPY needs an open PostgreSQL (QPSQL) connection.</source>
        <translation>COPY erfordert eine offene PostgreSQL-Verbindung (QPSQL).</translation>
    </message>
    <message>
        <source>COPY into %1 could not start: %2</source>
        <translation>COPY in %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Sending COPY data failed: %1</source>
        <translation>Das Senden der COPY-Daten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>COPY was not started.</source>
        <translation>COPY wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Ending COPY failed: %1</source>
        <translation>Das Beenden von COPY ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not available; install the Qt PostgreSQL plugin.</source>
        <translation>Der PostgreSQL-Treiber (QPSQL) ist nicht verfügbar; installieren Sie das Qt-PostgreSQL-Plugin.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>Starting the private PostgreSQL server…</source>
        <translation>Privater PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Demodatenbank wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Die Demodatenbank kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot seed the demo database: %1</source>
        <translation>Die Demodatenbank kann nicht mit Daten befüllt werden: %1</translation>
    </message>
    <message>
        <source>Simulating 90 days of a sending platform for the demo (first start only)…</source>
        <translation>90 Tage einer Versandplattform werden für die Demo simuliert (nur beim ersten Start)…</translation>
    </message>
    <message>
        <source>Cannot set up the demo&apos;s notifications: %1</source>
        <translation>Die Benachrichtigungen der Demo können nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedPostgres</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>Running as root needs a &quot;postgres&quot; system user to own the private cluster; none exists.</source>
        <translation>Für die Ausführung als root wird ein Systembenutzer „postgres“ als Eigentümer des privaten Clusters benötigt; es ist keiner vorhanden.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>Der Besitz von %1 kann nicht an den Benutzer postgres übertragen werden.</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. %1</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden. %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not start: %1 %2</source>
        <translation>Der private PostgreSQL-Server konnte nicht gestartet werden: %1 %2</translation>
    </message>
    <message>
        <source>The private PostgreSQL server found no free port.</source>
        <translation>Der private PostgreSQL-Server hat keinen freien Port gefunden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot edit %1.</source>
        <translation>%1 kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>pg_ctl stop failed: %1</source>
        <translation>pg_ctl stop ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer broke off: %1</source>
        <translation>die Antwort brach vorzeitig ab: %1</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Refusing to enqueue &quot;%1&quot;: its arguments name a secret (&quot;%2&quot;). Pass an id and let the worker fetch the secret from the keychain.</source>
        <translation>„%1“ wird nicht eingereiht: Seine Argumente nennen ein Geheimnis („%2“). Übergeben Sie eine ID und lassen Sie den Worker das Geheimnis aus dem Schlüsselbund holen.</translation>
    </message>
    <message>
        <source>A job needs a kind, a priority from 0 to 4 and at least one attempt.</source>
        <translation>Ein Auftrag braucht eine Art, eine Priorität von 0 bis 4 und mindestens einen Versuch.</translation>
    </message>
    <message>
        <source>Cannot enqueue &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Cannot claim jobs: %1</source>
        <translation>Aufträge können nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot renew job leases: %1</source>
        <translation>Auftragsreservierungen können nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>Cannot complete job %1: %2</source>
        <translation>Auftrag %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cannot complete jobs: %1</source>
        <translation>Aufträge können nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the failure of job %1: %2</source>
        <translation>Der Fehlschlag von Auftrag %1 kann nicht festgehalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot rescue expired jobs: %1</source>
        <translation>Aufträge mit abgelaufener Reservierung können nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <source>Cannot re-queue job %1: %2</source>
        <translation>Auftrag %1 kann nicht erneut eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Job %1 is not dead-lettered, so there is nothing to re-queue.</source>
        <translation>Auftrag %1 ist nicht ausgesondert; es gibt nichts erneut einzureihen.</translation>
    </message>
    <message>
        <source>Cannot release jobs: %1</source>
        <translation>Aufträge können nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Cannot discard job %1: %2</source>
        <translation>Auftrag %1 kann nicht verworfen werden: %2</translation>
    </message>
    <message>
        <source>Job %1 is not dead-lettered, so there is nothing to discard.</source>
        <translation>Auftrag %1 ist nicht ausgesondert; es gibt nichts zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>LoopsClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>answer is not Loops JSON</source>
        <translation>Antwort ist kein Loops-JSON</translation>
    </message>
    <message>
        <source>%1: the API key was refused (401: %2). Check the Loops account&apos;s key in Settings.</source>
        <translation>%1: Der API-Schlüssel wurde abgelehnt (401: %2). Prüfen Sie den Schlüssel des Loops-Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: rate limited (429, limit %2 per second).</source>
        <translation>%1: Ratenbegrenzung erreicht (429, Limit %2 pro Sekunde).</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>Loops: a transactional send needs a template id, a recipient and an idempotency key of at most 100 characters.</source>
        <translation>Loops: Für einen Transaktionsversand sind eine Vorlagen-ID, ein Empfänger und ein Idempotenzschlüssel mit höchstens 100 Zeichen erforderlich.</translation>
    </message>
    <message>
        <source>%1: the answer says &quot;success&quot;: false: %2</source>
        <translation>%1: Die Antwort meldet &quot;success&quot;: false: %2</translation>
    </message>
    <message>
        <source>%1: the answer lacks the field &quot;teamName&quot; (string).</source>
        <translation>%1: In der Antwort fehlt das Feld „teamName“ (String).</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Cannot create the migration history table: %1</source>
        <translation>Die Tabelle für den Migrationsverlauf kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database schema is at version %1 (%2), newer than this build knows (%3). Install a newer PenguinMails Console.</source>
        <translation>Das Datenbankschema hat Version %1 (%2) und ist neuer als die diesem Build bekannte Version (%3). Installieren Sie eine neuere PenguinMails Console.</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied (recorded checksum %2…, file %3…). Never edit an applied migration; add a new one.</source>
        <translation>Die Migration %1 wurde nach ihrer Anwendung geändert (gespeicherte Prüfsumme %2…, Datei %3…). Bearbeiten Sie niemals eine bereits angewendete Migration, sondern fügen Sie eine neue hinzu.</translation>
    </message>
    <message>
        <source>Cannot start a transaction for %1: %2</source>
        <translation>Für %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Die Migration %1 ist fehlgeschlagen und wurde zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Die Migration %1 kann nicht im Migrationsverlauf eingetragen werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation>Die Migration %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NotificationDispatcher</name>
    <message>
        <source>Notification dispatch: %1: %2</source>
        <translation>Benachrichtigungsverteilung: %1: %2</translation>
    </message>
    <message>
        <source>cannot read the alert policy</source>
        <translation>die Alarmrichtlinie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Notification dispatch: cannot begin a transaction: %1</source>
        <translation>Benachrichtigungsverteilung: Es kann keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <source>Notification dispatch: commit failed: %1</source>
        <translation>Benachrichtigungsverteilung: Das Festschreiben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot lock the dispatch state</source>
        <translation>der Verteilungsstatus kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot read pending events</source>
        <translation>ausstehende Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot mark events taken</source>
        <translation>Ereignisse können nicht als übernommen markiert werden</translation>
    </message>
    <message>
        <source>cannot store a notification</source>
        <translation>eine Benachrichtigung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot hand notification %1 to its channels</source>
        <translation>Benachrichtigung %1 kann nicht an ihre Kanäle übergeben werden</translation>
    </message>
    <message>
        <source>cannot save the dispatch state</source>
        <translation>der Verteilungsstatus kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot schedule the next dispatch</source>
        <translation>die nächste Verteilung kann nicht eingeplant werden</translation>
    </message>
</context>
<context>
    <name>NotificationEmailHandler</name>
    <message>
        <source>notify.email needs notification_id and operator.</source>
        <translation>notify.email benötigt notification_id und operator.</translation>
    </message>
    <message>
        <source>email turned off by the operator</source>
        <translation>E-Mail-Versand vom Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>No enabled Loops account with a notification template is configured (Settings &gt; Provider accounts), so notification email cannot be sent.</source>
        <translation>Es ist kein aktiviertes Loops-Konto mit einer Benachrichtigungsvorlage konfiguriert (Einstellungen &gt; Anbieterkonten); daher können keine Benachrichtigungs-E-Mails gesendet werden.</translation>
    </message>
    <message>
        <source>The API key of Loops account %1 cannot be read from the keychain: %2</source>
        <translation>Der API-Schlüssel des Loops-Kontos %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>Install PostgreSQL 13 or newer from the EnterpriseDB installer, or set PM_PG_BINDIR to the folder that holds initdb.exe and pg_ctl.exe.</source>
        <translation>Installieren Sie PostgreSQL 13 oder neuer mit dem Installationsprogramm von EnterpriseDB, oder setzen Sie PM_PG_BINDIR auf den Ordner, der initdb.exe und pg_ctl.exe enthält.</translation>
    </message>
    <message>
        <source>Install PostgreSQL 13 or newer (&quot;brew install postgresql@16&quot; or Postgres.app), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation>Installieren Sie PostgreSQL 13 oder neuer („brew install postgresql@16“ oder Postgres.app), oder setzen Sie PM_PG_BINDIR auf den Ordner, der initdb und pg_ctl enthält.</translation>
    </message>
    <message>
        <source>Install the PostgreSQL server (Debian/Ubuntu: &quot;sudo apt-get install postgresql&quot;), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation>Installieren Sie den PostgreSQL-Server (Debian/Ubuntu: „sudo apt-get install postgresql“), oder setzen Sie PM_PG_BINDIR auf den Ordner, der initdb und pg_ctl enthält.</translation>
    </message>
</context>
<context>
    <name>RollupCheck</name>
    <message>
        <source>The rollup check failed: %1</source>
        <translation>Die Prüfung der Tagesaggregate ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: day %2, tenant %3, IP %4, provider %5, ESP account %6 (sent %7)</source>
        <translation>%1: Tag %2, Mandant %3, IP %4, Anbieter %5, ESP-Konto %6 (gesendet: %7)</translation>
    </message>
    <message>
        <source>The rollup digest failed: %1</source>
        <translation>Die Prüfsumme der Tagesaggregate konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source> at character %1</source>
        <translation> bei Zeichen %1</translation>
    </message>
    <message>
        <source>The SQL script needs an open PostgreSQL (QPSQL) connection.</source>
        <translation>Das SQL-Skript erfordert eine offene PostgreSQL-Verbindung (QPSQL).</translation>
    </message>
</context>
<context>
    <name>SimulationSpec</name>
    <message>
        <source>Unknown profile &quot;%1&quot;; use default, demo or scale.</source>
        <translation>Unbekanntes Profil „%1“; verwenden Sie default, demo oder scale.</translation>
    </message>
    <message>
        <source>--tenants must be between 1 and 100000 (got %1).</source>
        <translation>--tenants muss zwischen 1 und 100000 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3660 (got %1).</source>
        <translation>--days muss zwischen 1 und 3660 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>--emails-per-month must be between %1 and %2 (got %3).</source>
        <translation>--emails-per-month muss zwischen %1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>--ips must be between 1 and 100000 and --pools between 1 and 10000.</source>
        <translation>--ips muss zwischen 1 und 100000 liegen und --pools zwischen 1 und 10000.</translation>
    </message>
    <message>
        <source>--raw-days must be between 0 and --days (%1) (got %2).</source>
        <translation>--raw-days muss zwischen 0 und --days (%1) liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>--pools (%1) cannot exceed --ips (%2).</source>
        <translation>--pools (%1) darf nicht größer als --ips (%2) sein.</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The database is not migrated (schema version %1 of %2); run &quot;pmctl migrate&quot; first.</source>
        <translation>Die Datenbank ist nicht migriert (Schemaversion %1 von %2); führen Sie zuerst „pmctl migrate“ aus.</translation>
    </message>
    <message>
        <source>The store already holds tenants; pass --replace to discard them and simulate anew.</source>
        <translation>Der Datenspeicher enthält bereits Mandanten; geben Sie --replace an, um sie zu verwerfen und neu zu simulieren.</translation>
    </message>
    <message>
        <source>%1 tenants, %2 ESP accounts, %3 pools, %4 IPs, %5 injected incidents</source>
        <translation>%1 Mandanten, %2 ESP-Konten, %3 Pools, %4 IP-Adressen, %5 injizierte Vorfälle</translation>
    </message>
    <message>
        <source>writing the platform</source>
        <translation>Schreiben der Plattform</translation>
    </message>
    <message>
        <source>writing the incident ground truth</source>
        <translation>Schreiben der Referenzdaten zu den Vorfällen</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>loading %1: %2</source>
        <translation>Laden von %1: %2</translation>
    </message>
    <message>
        <source>%1 loaded (%2 of %3 days): %4 events, %5 rollup rows written so far</source>
        <translation>%1 geladen (%2 von %3 Tagen): bisher %4 Ereignisse und %5 Zeilen in Tagesaggregaten geschrieben</translation>
    </message>
</context>
<context>
    <name>SqlJobHandler</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>pm::app::ConsoleApplication</name>
    <message>
        <source>PenguinMails Console</source>
        <translation>PenguinMails Console</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI (default: $PM_DATABASE_URL).</source>
        <translation>PostgreSQL-Verbindungs-URI (Standard: $PM_DATABASE_URL).</translation>
    </message>
    <message>
        <source>Run on a private local PostgreSQL with demo data.</source>
        <translation>Mit einer privaten lokalen PostgreSQL-Instanz und Demodaten ausführen.</translation>
    </message>
    <message>
        <source>Folder of the demo&apos;s private cluster.</source>
        <translation>Ordner des privaten Clusters der Demo.</translation>
    </message>
    <message>
        <source>Visit every page, save screenshots in this folder, and quit.</source>
        <translation>Jede Seite aufrufen, Bildschirmfotos in diesem Ordner speichern und beenden.</translation>
    </message>
    <message>
        <source>User interface language (for example de).</source>
        <translation>Sprache der Benutzeroberfläche (zum Beispiel de).</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatenbank</translation>
    </message>
    <message>
        <source>The demo database could not be started.

%1</source>
        <translation>Die Demodatenbank konnte nicht gestartet werden.

%1</translation>
    </message>
    <message>
        <source>Database URI</source>
        <translation>Datenbank-URI</translation>
    </message>
    <message>
        <source>Incompatible database</source>
        <translation>Inkompatible Datenbank</translation>
    </message>
</context>
<context>
    <name>pm::notify::NotificationFeedReader</name>
    <message>
        <source>Could not mark notifications read: %1</source>
        <translation>Die Benachrichtigungen konnten nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>Could not read your notification preferences: %1</source>
        <translation>Ihre Benachrichtigungseinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your notification preferences were not saved: %1</source>
        <translation>Ihre Benachrichtigungseinstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>pm::queue::QueueHealthReader</name>
    <message>
        <source>Job %1 is back in the queue.</source>
        <translation>Auftrag %1 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Job %1 was discarded.</source>
        <translation>Auftrag %1 wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>pm::queue::Worker</name>
    <message>
        <source>No handler for job kind &quot;%1&quot; in this worker.</source>
        <translation>Dieser Worker hat keine Verarbeitung für die Auftragsart „%1“.</translation>
    </message>
</context>
<context>
    <name>pm::secrets</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No secret store is configured.</source>
        <translation>Es ist kein Geheimnisspeicher konfiguriert.</translation>
    </message>
</context>
<context>
    <name>pm::secrets::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only; you will be asked again at the next start.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1). Passwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten; beim nächsten Start werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>pm::secrets::MemorySecretStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>pm::sim::LiveSimulator</name>
    <message>
        <source>No finished simulation to continue: run &quot;pmctl simulate&quot; first.</source>
        <translation>Keine abgeschlossene Simulation zum Fortsetzen vorhanden: Führen Sie zuerst „pmctl simulate“ aus.</translation>
    </message>
</context>
<context>
    <name>pm::sim::MockHttpServer</name>
    <message>
        <source>The %1 mock server cannot listen on 127.0.0.1:%2.</source>
        <translation>Der Mock-Server für %1 kann nicht auf 127.0.0.1:%2 lauschen.</translation>
    </message>
</context>
<context>
    <name>pm::store::ConnectionMonitor</name>
    <message>
        <source>Connection lost (%1); reconnecting…</source>
        <translation>Verbindung unterbrochen (%1); Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this console needs version %2. Run &quot;pmctl migrate&quot; against this database.</source>
        <translation>Das Datenbankschema hat Version %1, diese Konsole benötigt jedoch Version %2. Führen Sie „pmctl migrate“ für diese Datenbank aus.</translation>
    </message>
</context>
<context>
    <name>pm::store::PollingReader</name>
    <message>
        <source>The reader has not started.</source>
        <translation>Der Datenleser wurde noch nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>pm::ui::AboutDialog</name>
    <message>
        <source>About PenguinMails Console</source>
        <translation>Über PenguinMails Console</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>PenguinMails Console %1 (%2, %3)</source>
        <translation>PenguinMails Console %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>TLS backend: %1 (%2)</source>
        <translation>TLS-Backend: %1 (%2)</translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation>PostgreSQL-Server: %1</translation>
    </message>
    <message>
        <source>Database schema: %1 (this build knows %2)</source>
        <translation>Datenbankschema: %1 (diesem Build bekannt: %2)</translation>
    </message>
    <message>
        <source>Operating system: %1 (%2)</source>
        <translation>Betriebssystem: %1 (%2)</translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation>Compiler: %1</translation>
    </message>
    <message>
        <source>PenguinMails Console</source>
        <translation>PenguinMails Console</translation>
    </message>
    <message>
        <source>Revenue risk, deliverability incidents and reputation for the PenguinMails sending platform.</source>
        <translation>Umsatzrisiken, Zustellbarkeitsvorfälle und Reputation der PenguinMails-Versandplattform.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionController</name>
    <message>
        <source>The keychain did not give the saved password: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>db.example.com or 127.0.0.1</source>
        <translation>db.example.com oder 127.0.0.1</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation>CA-Zertifikat (PEM), mit dem das Serverzertifikat signiert wurde</translation>
    </message>
    <message>
        <source>Default (prefer TLS, no verification)</source>
        <translation>Standard (TLS bevorzugen, keine Überprüfung)</translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation>disable — kein TLS</translation>
    </message>
    <message>
        <source>require — TLS, certificate not verified</source>
        <translation>require — TLS, Zertifikat wird nicht überprüft</translation>
    </message>
    <message>
        <source>verify-ca — TLS, certificate chain verified</source>
        <translation>verify-ca — TLS, Zertifikatskette wird überprüft</translation>
    </message>
    <message>
        <source>verify-full — TLS, chain and host name verified (recommended for remote servers)</source>
        <translation>verify-full — TLS, Zertifikatskette und Hostname werden überprüft (empfohlen für entfernte Server)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation>Geben Sie Ihren Datenbank-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Verbindung erfolgreich hergestellt.</translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Schema mismatch</source>
        <translation>Schemakonflikt</translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>PenguinMails Console</source>
        <translation>PenguinMails Console</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Deliverability, bounce and complaint rates, volume and cost per 1,000 emails against the targets of each volume phase, with trends and revenue at risk by tenant, appear here once sending data has been ingested.</source>
        <translation>Zustellbarkeits-, Bounce- und Beschwerderaten, Volumen und Kosten pro 1.000 E-Mails im Vergleich zu den Zielwerten der jeweiligen Volumenphase, mit Trends und gefährdetem Umsatz je Mandant, werden hier angezeigt, sobald Versanddaten eingelesen wurden.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Detected deliverability incidents (bounce and complaint spikes, blocks, blocklistings) wait here for triage, with their playbooks and time to acknowledge and resolve.</source>
        <translation>Erkannte Zustellbarkeitsvorfälle (Bounce- und Beschwerdespitzen, Sperren, Blocklisteneinträge) warten hier auf die Triage, mit ihren Playbooks und der Zeit bis zur Bestätigung und Behebung.</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>The weekly reputation tier of every IP and pool (Healthy, Watch, At Risk, Critical) with its reasons, beside the latest official snapshots from Gmail Postmaster Tools, Microsoft SNDS and blocklists.</source>
        <translation>Die wöchentliche Reputationsstufe jeder IP-Adresse und jedes Pools (Gesund, Beobachten, Gefährdet, Kritisch) mit Begründung, neben den neuesten offiziellen Momentaufnahmen aus Gmail Postmaster Tools, Microsoft SNDS und Blocklisten.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every sensitive request, one-time-code verification and executive action is recorded here, hash-chained so tampering shows.</source>
        <translation>Jede sensible Anfrage, jede Einmalcode-Überprüfung und jede Aktion der Geschäftsleitung wird hier protokolliert und per Hash verkettet, sodass Manipulationen erkennbar sind.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Provider accounts, notification preferences and alert policies are configured here. Use File &gt; Connect to database… to change the database this console uses.</source>
        <translation>Anbieterkonten, Benachrichtigungseinstellungen und Alarmrichtlinien werden hier konfiguriert. Über Datei &gt; Mit Datenbank verbinden… wechseln Sie die Datenbank, die diese Konsole verwendet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PenguinMails Console</source>
        <translation>Ü&amp;ber PenguinMails Console</translation>
    </message>
    <message>
        <source>DEMO DATA — %1</source>
        <translation>DEMODATEN — %1</translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this console knows (%2). Install a newer PenguinMails Console.</source>
        <translation>Das Datenbankschema hat Version %1 und ist neuer als die dieser Konsole bekannte Version (%2). Installieren Sie eine neuere PenguinMails Console.</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>Hintergrundaufträge</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Vorfall #%1</translation>
    </message>
    <message>
        <source>IP #%1: its reputation appears on this page.</source>
        <translation>IP #%1: Die Reputation dieser IP-Adresse wird auf dieser Seite angezeigt.</translation>
    </message>
    <message>
        <source>Pool #%1: its reputation appears on this page.</source>
        <translation>Pool #%1: Die Reputation dieses Pools wird auf dieser Seite angezeigt.</translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation>Mandant #%1</translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationFeedModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>Digest: %n item(s)</source>
        <translation>
            <numerusform>Zusammenfassung: %n Eintrag</numerusform>
            <numerusform>Zusammenfassung: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still going on: %1</source>
        <translation>Dauert an: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message>
        <source>IP #%1</source>
        <translation>IP #%1</translation>
    </message>
    <message>
        <source>Pool #%1</source>
        <translation>Pool #%1</translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation>Mandant #%1</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Vorfall #%1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Auftrag #%1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationPreferencesDialog</name>
    <message>
        <source>Send notifications by email</source>
        <translation>Benachrichtigungen per E-Mail senden</translation>
    </message>
    <message>
        <source>Show critical notifications in the desktop tray while the console is open</source>
        <translation>Kritische Benachrichtigungen im Benachrichtigungsbereich des Desktops anzeigen, solange die Konsole geöffnet ist</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Critical notifications still come during quiet hours</source>
        <translation>Kritische Benachrichtigungen auch während der Ruhezeiten erhalten</translation>
    </message>
    <message>
        <source>Notification preferences</source>
        <translation>Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Email from severity:</source>
        <translation>E-Mail ab Schweregrad:</translation>
    </message>
    <message>
        <source>Your time zone:</source>
        <translation>Ihre Zeitzone:</translation>
    </message>
    <message>
        <source>Enter the email address notifications should go to, or turn email off.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die Benachrichtigungen gesendet werden sollen, oder deaktivieren Sie den E-Mail-Versand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste aus, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation>Beginn und Ende der Ruhezeiten müssen sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationsPage</name>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>The feed cannot be read right now: %1</source>
        <translation>Die Benachrichtigungen können derzeit nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All read</source>
        <translation>Alle gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>No notifications match. Detectors and system events report here once something needs attention.</source>
        <translation>Keine passenden Benachrichtigungen. Detektoren und Systemereignisse melden sich hier, sobald etwas Ihre Aufmerksamkeit erfordert.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n notification(s) for %1.</source>
        <translation>
            <numerusform>%n Benachrichtigung für %1 wird angezeigt.</numerusform>
            <numerusform>Die neuesten %n Benachrichtigungen für %1 werden angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::QueueHealthPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Fehlgeschlagen, Wiederholung folgt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Ausgesondert</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Ältester wartender Auftrag</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Dead since</source>
        <translation>Ausgesondert seit</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Re-queue</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>Hintergrundaufträge</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>Workers alive (seen in the last minute)</source>
        <translation>Aktive Worker (in der letzten Minute gesehen)</translation>
    </message>
    <message>
        <source>Dead-lettered jobs</source>
        <translation>Ausgesonderte Aufträge</translation>
    </message>
    <message>
        <source>Re-queueing runs a job again with fresh attempts; discarding gives up on it for good. Both are recorded in the audit log.</source>
        <translation>Beim erneuten Einreihen wird ein Auftrag mit neuen Versuchen noch einmal ausgeführt; beim Verwerfen wird er endgültig aufgegeben. Beides wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>The queue cannot be read right now: %1</source>
        <translation>Die Warteschlange kann derzeit nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; workers alive · &lt;b&gt;%2&lt;/b&gt; waiting · &lt;b&gt;%3&lt;/b&gt; running · &lt;b&gt;%4&lt;/b&gt; failed, will retry · %5 dead · oldest waiting: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Worker aktiv · &lt;b&gt;%2&lt;/b&gt; wartend · &lt;b&gt;%3&lt;/b&gt; laufend · &lt;b&gt;%4&lt;/b&gt; fehlgeschlagen, Wiederholung folgt · %5 ausgesondert · ältester wartender Auftrag: &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No worker has reported in the last minute: jobs wait until pmworkerd (or the demo console) runs.</source>
        <translation>In der letzten Minute hat sich kein Worker gemeldet: Aufträge warten, bis pmworkerd (oder die Demokonsole) läuft.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Discard job %1?</source>
        <translation>Auftrag %1 verwerfen?</translation>
    </message>
    <message>
        <source>The job will not run again. It stays in the records as cancelled, and the audit log notes that you discarded it.</source>
        <translation>Der Auftrag wird nicht erneut ausgeführt. Er bleibt als abgebrochen in den Aufzeichnungen erhalten, und das Audit-Protokoll vermerkt, dass Sie ihn verworfen haben.</translation>
    </message>
</context>
<context>
    <name>pm::ui::TrayNotifier</name>
    <message>
        <source>PenguinMails Console</source>
        <translation>PenguinMails Console</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new critical notifications</source>
        <translation>
            <numerusform>%n neue kritische Benachrichtigung</numerusform>
            <numerusform>%n neue kritische Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
</TS>
