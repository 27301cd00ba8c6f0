<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertPolicyDialog</name>
    <message>
        <source>No alert policy row.</source>
        <translation>Keine Zeile mit der Alarmrichtlinie gefunden.</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>row %1 is missing (the next row is %2)</source>
        <translation>Zeile %1 fehlt (die nächste Zeile ist %2)</translation>
    </message>
    <message>
        <source>row %1 does not link to the hash of row %2</source>
        <translation>Zeile %1 verweist nicht auf den Hash von Zeile %2</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its hash does not match)</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert (ihr Hash stimmt nicht überein)</translation>
    </message>
    <message>
        <source>row %1 does not have the hash exported earlier</source>
        <translation>Zeile %1 hat nicht den zuvor exportierten Hash</translation>
    </message>
    <message>
        <source>row %1, exported earlier as the head, is gone: the log was cut short</source>
        <translation>Zeile %1, die zuvor als Kopf der Kette exportiert wurde, fehlt: Das Protokoll wurde gekürzt</translation>
    </message>
</context>
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
    <name>CsvExportWriter</name>
    <message>
        <source>the export data is malformed: %1</source>
        <translation>die Exportdaten sind fehlerhaft: %1</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
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
    <name>DemoOperators</name>
    <message>
        <source>The demo operator %1 could not be set up: %2</source>
        <translation>Der Demo-Operator %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s worker login could not be set up: %1</source>
        <translation>Die Anmeldung der Demo-Worker konnte nicht eingerichtet werden: %1</translation>
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
    <name>ExportPayload</name>
    <message>
        <source>the export has no column list</source>
        <translation>der Export hat keine Spaltenliste</translation>
    </message>
    <message>
        <source>the export&apos;s column list is empty</source>
        <translation>die Spaltenliste des Exports ist leer</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>Spalte %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>the export has no row list</source>
        <translation>der Export hat keine Zeilenliste</translation>
    </message>
    <message>
        <source>row %1 is not a list of values</source>
        <translation>Zeile %1 ist keine Werteliste</translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n value(s) for %2 columns</source>
        <translation>
            <numerusform>Zeile %1 hat %n Wert für %2 Spalten</numerusform>
            <numerusform>Zeile %1 hat %n Werte für %2 Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the response was cut off: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
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
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>the response is not Loops JSON</source>
        <translation>die Antwort ist kein Loops-JSON</translation>
    </message>
</context>
<context>
    <name>MailgunClient</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 2822 time</source>
        <translation>„%1“ ist kein Zeitpunkt nach RFC 2822</translation>
    </message>
    <message>
        <source>no &quot;time&quot; dimension</source>
        <translation>keine Dimension „time“</translation>
    </message>
    <message>
        <source>Mailgun: no sending domain is set for this account. Enter it in Settings.</source>
        <translation>Mailgun: Für dieses Konto ist keine Versanddomain festgelegt. Geben Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Mailgun: &quot;%1&quot; is not a domain name. Check the account&apos;s sending domain in Settings.</source>
        <translation>Mailgun: „%1“ ist kein Domainname. Prüfen Sie die Versanddomain des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an HTML page, not a Mailgun answer</source>
        <translation>eine HTML-Seite statt einer Mailgun-Antwort</translation>
    </message>
    <message>
        <source>no Mailgun error message</source>
        <translation>keine Mailgun-Fehlermeldung</translation>
    </message>
    <message>
        <source>%1: the API key was refused (%2: %3). Check the Mailgun account&apos;s key and its region (US or EU) in Settings.</source>
        <translation>%1: Der API-Schlüssel wurde abgelehnt (%2: %3). Prüfen Sie den Schlüssel des Mailgun-Kontos und dessen Region (US oder EU) in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: not found (404: %2). Check the sending domain &quot;%3&quot; and the account&apos;s region (US or EU) in Settings: a domain lives in one region only.</source>
        <translation>%1: Nicht gefunden (404: %2). Prüfen Sie die Versanddomain „%3“ und die Region des Kontos (US oder EU) in den Einstellungen: Eine Domain existiert immer nur in einer Region.</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2); Mailgun asked to wait %3 s.</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2); Mailgun bittet, %3 s zu warten.</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation>%1: Der Zeitraum %2 … %3 ist leer oder besteht nicht aus zwei Datumsangaben.</translation>
    </message>
    <message>
        <source>%1: more pages than the window has days; stopped paging.</source>
        <translation>%1: Mehr Seiten, als der Zeitraum Tage hat; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>%1: the start time is not a valid time.</source>
        <translation>%1: Die Startzeit ist kein gültiger Zeitpunkt.</translation>
    </message>
    <message>
        <source>missing (expected a unix time)</source>
        <translation>fehlt (Unix-Zeitstempel erwartet)</translation>
    </message>
    <message>
        <source>expected a unix time in seconds</source>
        <translation>Unix-Zeitstempel in Sekunden erwartet</translation>
    </message>
    <message>
        <source>expected an SMTP code</source>
        <translation>SMTP-Code erwartet</translation>
    </message>
    <message>
        <source>%1: more than %2 failed events since the start time; stopped paging.</source>
        <translation>%1: Mehr als %2 fehlgeschlagene Ereignisse seit der Startzeit; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>empty (expected the next page&apos;s URL)</source>
        <translation>leer (URL der nächsten Seite erwartet)</translation>
    </message>
    <message>
        <source>%1: paging.next is not a URL.</source>
        <translation>%1: paging.next ist keine URL.</translation>
    </message>
    <message>
        <source>%1: paging.next points at %2, not at %3; not followed, since the API key would go with it.</source>
        <translation>%1: paging.next verweist auf %2 statt auf %3; der Verweis wird nicht verfolgt, da sonst der API-Schlüssel mitgesendet würde.</translation>
    </message>
    <message>
        <source>%1: paging.next repeats the page just read; stopped paging.</source>
        <translation>%1: paging.next wiederholt die soeben gelesene Seite; Seitenabruf beendet.</translation>
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
    <name>NileAuthClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an HTML page, not a Nile Auth answer</source>
        <translation>eine HTML-Seite statt einer Nile-Auth-Antwort</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>no Nile Auth error body</source>
        <translation>kein Nile-Auth-Fehlertext</translation>
    </message>
    <message>
        <source>%1: the session was not accepted (401: %2).</source>
        <translation>%1: Die Sitzung wurde nicht akzeptiert (401: %2).</translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2).</source>
        <translation>%1: Zugriff verweigert (403: %2).</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2). Wait a little before trying again.</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2). Warten Sie kurz, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: no CSRF cookie came with the token, and the sign-in form is refused without one.</source>
        <translation>%1: Mit dem Token wurde kein CSRF-Cookie geliefert, und ohne ein solches wird das Anmeldeformular abgelehnt.</translation>
    </message>
    <message>
        <source>Nile Auth: signing in needs an email address and a password.</source>
        <translation>Nile Auth: Für die Anmeldung sind eine E-Mail-Adresse und ein Passwort erforderlich.</translation>
    </message>
    <message>
        <source>%1: the sign-in form was refused (403: %2); its CSRF token may not have matched the CSRF cookie. Try again.</source>
        <translation>%1: Das Anmeldeformular wurde abgelehnt (403: %2); möglicherweise passte sein CSRF-Token nicht zum CSRF-Cookie. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the email or password was refused.</source>
        <translation>%1: E-Mail-Adresse oder Passwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the email or password was refused (%2).</source>
        <translation>%1: E-Mail-Adresse oder Passwort wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1: no session (an empty answer): the sign-in went through but its session was not accepted.</source>
        <translation>%1: Keine Sitzung (leere Antwort): Die Anmeldung war erfolgreich, die Sitzung wurde jedoch nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1: the session is for another email address than the one signing in.</source>
        <translation>%1: Die Sitzung gehört zu einer anderen E-Mail-Adresse als der, mit der die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>empty (expected the user&apos;s id)</source>
        <translation>leer (Benutzer-ID erwartet)</translation>
    </message>
    <message>
        <source>Nile Auth: there is no session to sign out of.</source>
        <translation>Nile Auth: Es gibt keine Sitzung, von der Sie sich abmelden könnten.</translation>
    </message>
</context>
<context>
    <name>NileAuthProvider</name>
    <message>
        <source>Nile Auth refused the sign-in: %1</source>
        <translation>Nile Auth hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The database credentials are the owner&apos;s, not an operator&apos;s: with Nile Auth each operator connects with their own database credential.</source>
        <translation>Die Datenbank-Zugangsdaten gehören dem Eigentümer, nicht einem Operator: Mit Nile Auth verbindet sich jeder Operator mit seinen eigenen Datenbank-Zugangsdaten.</translation>
    </message>
    <message>
        <source>The database login %1 is not an active operator with a role.</source>
        <translation>Das Datenbankkonto %1 gehört zu keinem aktiven Operator mit einer Rolle.</translation>
    </message>
    <message>
        <source>The Nile account (%1) and the database login (%2) belong to different people.</source>
        <translation>Das Nile-Konto (%1) und das Datenbankkonto (%2) gehören zu verschiedenen Personen.</translation>
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
    <message>
        <source>cannot mark events as taken</source>
        <translation>Ereignisse können nicht als verarbeitet markiert werden</translation>
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
    <name>PayloadReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing (expected a list)</source>
        <translation>fehlt (Liste erwartet)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>missing (expected an object)</source>
        <translation>fehlt (Objekt erwartet)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing (expected text)</source>
        <translation>fehlt (Text erwartet)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>missing (expected a count)</source>
        <translation>fehlt (Anzahl erwartet)</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0</source>
        <translation>ganze Zahl ≥ 0 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>„%1“ ist kein gültiger Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>PdfExportWriter</name>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n Zeile</numerusform>
            <numerusform>%1 — %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> … (%n weiteres Zeichen)</numerusform>
            <numerusform> … (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the export data is malformed: %1</source>
        <translation>die Exportdaten sind fehlerhaft: %1</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>could not save %1: the PDF could not be started</source>
        <translation>%1 konnte nicht gespeichert werden: Die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <source>an HTML page, not a PostHog answer</source>
        <translation>eine HTML-Seite statt einer PostHog-Antwort</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>no PostHog error body</source>
        <translation>kein PostHog-Fehlertext</translation>
    </message>
    <message>
        <source>%1: the query was refused (400: %2).</source>
        <translation>%1: Die Abfrage wurde abgelehnt (400: %2).</translation>
    </message>
    <message>
        <source>%1: the key was refused (401: %2). Check the PostHog key in Settings: it must be a personal API key (phx_…) with the query:read scope.</source>
        <translation>%1: Der Schlüssel wurde abgelehnt (401: %2). Prüfen Sie den PostHog-Schlüssel in den Einstellungen: Es muss ein persönlicher API-Schlüssel (phx_…) mit der Berechtigung query:read sein.</translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2). The key may lack the query:read scope or access to project %3.</source>
        <translation>%1: Zugriff verweigert (403: %2). Dem Schlüssel fehlt möglicherweise die Berechtigung query:read oder der Zugriff auf Projekt %3.</translation>
    </message>
    <message>
        <source>%1: not found (404: %2). Check the project id and the host (US or EU Cloud).</source>
        <translation>%1: Nicht gefunden (404: %2). Prüfen Sie die Projekt-ID und den Host (US- oder EU-Cloud).</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2). PostHog expects capacity again in %3 s; its query budget counts per project, not per key.</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2). PostHog erwartet in %3 s wieder freie Kapazität; das Abfragekontingent gilt pro Projekt, nicht pro Schlüssel.</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>PostHog: &quot;%1&quot; is not a project id (the number in the project&apos;s URL).</source>
        <translation>PostHog: „%1“ ist keine Projekt-ID (die Zahl in der URL des Projekts).</translation>
    </message>
    <message>
        <source>PostHog: no personal API key is set. Add one (phx_…) with the query:read scope in Settings.</source>
        <translation>PostHog: Es ist kein persönlicher API-Schlüssel festgelegt. Fügen Sie in den Einstellungen einen (phx_…) mit der Berechtigung query:read hinzu.</translation>
    </message>
    <message>
        <source>PostHog: the key set is a project token (phc_…), which can only send events. Reading needs a personal API key (phx_…) with the query:read scope.</source>
        <translation>PostHog: Der festgelegte Schlüssel ist ein Projekt-Token (phc_…), mit dem sich nur Ereignisse senden lassen. Zum Lesen ist ein persönlicher API-Schlüssel (phx_…) mit der Berechtigung query:read erforderlich.</translation>
    </message>
    <message>
        <source>%1: the query is empty.</source>
        <translation>%1: Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>expected text (a column name)</source>
        <translation>Text erwartet (ein Spaltenname)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>%1 types for %2 columns</source>
        <translation>%1 Typen für %2 Spalten</translation>
    </message>
    <message>
        <source>expected a type name or a [name, type] pair</source>
        <translation>Typname oder Paar [Name, Typ] erwartet</translation>
    </message>
    <message>
        <source>expected a list (one row)</source>
        <translation>Liste erwartet (eine Zeile)</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: the query already ends in LIMIT; leave it out, since paging adds LIMIT and OFFSET.</source>
        <translation>%1: Die Abfrage endet bereits mit LIMIT; lassen Sie es weg, da der Seitenabruf LIMIT und OFFSET selbst hinzufügt.</translation>
    </message>
    <message>
        <source>%1: columns: &quot;%2&quot; on the page at offset %3, &quot;%4&quot; before; every page must have the same columns.</source>
        <translation>%1: columns: „%2“ auf der Seite bei Offset %3, zuvor „%4“; jede Seite muss dieselben Spalten haben.</translation>
    </message>
    <message>
        <source>%1: results: %2 rows for LIMIT %3; PostHog did not keep to the page size.</source>
        <translation>%1: results: %2 Zeilen bei LIMIT %3; PostHog hat die Seitengröße nicht eingehalten.</translation>
    </message>
    <message>
        <source>%1: stopped paging after %2 pages of %3 rows. Narrow the query (a shorter window) or use larger pages.</source>
        <translation>%1: Seitenabruf nach %2 Seiten mit je %3 Zeilen beendet. Schränken Sie die Abfrage ein (kürzerer Zeitraum) oder verwenden Sie größere Seiten.</translation>
    </message>
    <message>
        <source>%1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation>%1: Der Zeitraum %2 … %3 ist leer oder besteht nicht aus zwei Datumsangaben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>„%1“, erwartet: „%2“</translation>
    </message>
    <message>
        <source>empty (expected a tenant id)</source>
        <translation>leer (Mandanten-ID erwartet)</translation>
    </message>
    <message>
        <source>expected text (a tenant id)</source>
        <translation>Text erwartet (eine Mandanten-ID)</translation>
    </message>
    <message>
        <source>expected a number (the revenue)</source>
        <translation>Zahl erwartet (der Umsatz)</translation>
    </message>
    <message>
        <source>expected text (a currency code) or null</source>
        <translation>Text (ein Währungscode) oder null erwartet</translation>
    </message>
    <message>
        <source>%1: results: expected one row holding 1 for SELECT 1.</source>
        <translation>%1: results: Für SELECT 1 wurde eine Zeile mit dem Wert 1 erwartet.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
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
    <name>PostgresLoginProvider</name>
    <message>
        <source>%1 can sign in to PostgreSQL but is not an operator of this store with a role; an admin gives operators their role.</source>
        <translation>%1 kann sich bei PostgreSQL anmelden, ist aber kein Operator dieses Datenspeichers mit einer Rolle; Rollen vergibt ein Administrator.</translation>
    </message>
    <message>
        <source>The operator %1 is disabled.</source>
        <translation>Der Operator %1 ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>PostmarkClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an HTML page, not a Postmark answer</source>
        <translation>eine HTML-Seite statt einer Postmark-Antwort</translation>
    </message>
    <message>
        <source>no Postmark error body</source>
        <translation>kein Postmark-Fehlertext</translation>
    </message>
    <message>
        <source>%1: the server token was refused (401: %2). Check the account&apos;s token in Settings.</source>
        <translation>%1: Das Server-Token wurde abgelehnt (401: %2). Prüfen Sie das Token des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>PostmasterClient</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is not a ratio from 0 to 1</source>
        <translation>%1 ist kein Verhältniswert zwischen 0 und 1</translation>
    </message>
    <message>
        <source>expected a number, not text</source>
        <translation>Zahl erwartet, kein Text</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date</source>
        <translation>%1-%2-%3 ist kein Datum</translation>
    </message>
    <message>
        <source>%1: no access token is set for this account. Connect the Google account in Settings.</source>
        <translation>%1: Für dieses Konto ist kein Zugriffstoken festgelegt. Verbinden Sie das Google-Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an HTML page, not a Google API answer</source>
        <translation>eine HTML-Seite statt einer Antwort der Google-API</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>no Google error body</source>
        <translation>kein Google-Fehlertext</translation>
    </message>
    <message>
        <source>%1: the access token was refused or expired (401: %2). Reconnect the Google account in Settings.</source>
        <translation>%1: Das Zugriffstoken wurde abgelehnt oder ist abgelaufen (401: %2). Verbinden Sie das Google-Konto in den Einstellungen erneut.</translation>
    </message>
    <message>
        <source>%1: the domain is not verified for this account (403: %2). Verify it in Postmaster Tools with the Google account that granted the token.</source>
        <translation>%1: Die Domain ist für dieses Konto nicht bestätigt (403: %2). Bestätigen Sie sie in Postmaster Tools mit dem Google-Konto, über das das Token erteilt wurde.</translation>
    </message>
    <message>
        <source>%1: access denied (403: %2). The token may lack the Postmaster Tools scope, or the API is not enabled for the Google Cloud project.</source>
        <translation>%1: Zugriff verweigert (403: %2). Dem Token fehlt möglicherweise die Berechtigung für Postmaster Tools, oder die API ist für das Google-Cloud-Projekt nicht aktiviert.</translation>
    </message>
    <message>
        <source>%1: the domain is not registered in Postmaster Tools for this account (404: %2).</source>
        <translation>%1: Die Domain ist für dieses Konto nicht in Postmaster Tools registriert (404: %2).</translation>
    </message>
    <message>
        <source>%1: HTTP 404: %2. Check the account&apos;s base URL in Settings.</source>
        <translation>%1: HTTP 404: %2. Prüfen Sie die Basis-URL des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: quota exhausted (429: %2). Postmaster data changes once a day; the next sync tries again.</source>
        <translation>%1: Kontingent erschöpft (429: %2). Postmaster-Daten ändern sich einmal täglich; der nächste Abgleich versucht es erneut.</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: &quot;%1&quot; is not a domain name.</source>
        <translation>Google Postmaster Tools: „%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation>Google Postmaster Tools POST %1: Der Zeitraum %2 … %3 ist leer oder besteht nicht aus zwei Datumsangaben.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: more pages than the window can fill; stopped paging.</source>
        <translation>Google Postmaster Tools POST %1: Mehr Seiten, als für den Zeitraum möglich sind; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: the server sent the same page token twice; stopped paging.</source>
        <translation>Google Postmaster Tools POST %1: Der Server hat dasselbe Seitentoken zweimal gesendet; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools GET /v2/domains: more than %1 pages; stopped paging.</source>
        <translation>Google Postmaster Tools GET /v2/domains: Mehr als %1 Seiten; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain resource name (domains/…)</source>
        <translation>„%1“ ist kein Domain-Ressourcenname (domains/…)</translation>
    </message>
    <message>
        <source>Google Postmaster Tools GET /v2/domains: the server sent the same page token twice; stopped paging.</source>
        <translation>Google Postmaster Tools GET /v2/domains: Der Server hat dasselbe Seitentoken zweimal gesendet; Seitenabruf beendet.</translation>
    </message>
</context>
<context>
    <name>ProviderAccountStore</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>„%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Use https:// for %1: credentials must not travel unencrypted.</source>
        <translation>Verwenden Sie https:// für %1: Zugangsdaten dürfen nicht unverschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;.</source>
        <translation>Für %1 ist „%2“ erforderlich.</translation>
    </message>
    <message>
        <source>Sync every (minutes) must be a whole number from 1 to 10080.</source>
        <translation>„Abgleichintervall (Minuten)“ muss eine ganze Zahl von 1 bis 10080 sein.</translation>
    </message>
    <message>
        <source>Budgets and costs cannot be negative.</source>
        <translation>Budgets und Kosten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Provider account %1 does not exist (any more).</source>
        <translation>Das Anbieterkonto %1 existiert nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>ProviderCallGuard</name>
    <message>
        <source>the account&apos;s circuit is open after repeated failures; next try in %1 s</source>
        <translation>der Schutzschalter des Kontos ist nach wiederholten Fehlern ausgelöst; nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>rate limited by the provider for another %1 s</source>
        <translation>Ratenbegrenzung des Anbieters gilt noch %1 s</translation>
    </message>
    <message>
        <source>the budget ledger cannot be read: %1</source>
        <translation>das Budgetjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>over budget: %1</source>
        <translation>Budget überschritten: %1</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Abgleichintervall (Minuten)</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Server-Token</translation>
    </message>
    <message>
        <source>Message stream</source>
        <translation>Message-Stream</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Versanddomain</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Automated access key</source>
        <translation>Schlüssel für automatisierten Zugriff</translation>
    </message>
    <message>
        <source>Personal API key</source>
        <translation>Persönlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Notification template ID</source>
        <translation>ID der Benachrichtigungsvorlage</translation>
    </message>
    <message>
        <source>One-time code template ID</source>
        <translation>ID der Einmalcode-Vorlage</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in email</source>
        <translation>Anmelde-E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ProviderConnectionTest</name>
    <message numerus="yes">
        <source>Connected to Postmark: the server token works (%n inactive address(es)).</source>
        <translation>
            <numerusform>Verbunden mit Postmark: Das Server-Token funktioniert (%n inaktive Adresse).</numerusform>
            <numerusform>Verbunden mit Postmark: Das Server-Token funktioniert (%n inaktive Adressen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SendGrid: the API key works (%1).</source>
        <translation>Verbunden mit SendGrid: Der API-Schlüssel funktioniert (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Mailgun: the API key works (%n domain(s) on the account).</source>
        <translation>
            <numerusform>Verbunden mit Mailgun: Der API-Schlüssel funktioniert (%n Domain im Konto).</numerusform>
            <numerusform>Verbunden mit Mailgun: Der API-Schlüssel funktioniert (%n Domains im Konto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to Amazon SES: enforcement status %1, sending %2, %3 of %4 sent in the last 24 hours.</source>
        <translation>Verbunden mit Amazon SES: Durchsetzungsstatus %1, Versand %2, %3 von %4 in den letzten 24 Stunden gesendet.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Connected to Google Postmaster Tools: %1 is registered.</source>
        <translation>Verbunden mit Google Postmaster Tools: %1 ist registriert.</translation>
    </message>
    <message numerus="yes">
        <source>The token works, but %1 is not among the account&apos;s %n domain(s).</source>
        <translation>
            <numerusform>Das Token funktioniert, aber %1 gehört nicht zu den Domains des Kontos (%n Domain).</numerusform>
            <numerusform>Das Token funktioniert, aber %1 gehört nicht zu den %n Domains des Kontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to Microsoft SNDS: the key works; %n blocked range(s) listed.</source>
        <translation>
            <numerusform>Verbunden mit Microsoft SNDS: Der Schlüssel funktioniert; %n gesperrter Bereich aufgeführt.</numerusform>
            <numerusform>Verbunden mit Microsoft SNDS: Der Schlüssel funktioniert; %n gesperrte Bereiche aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostHog: the personal API key can query project %1.</source>
        <translation>Verbunden mit PostHog: Der persönliche API-Schlüssel kann Projekt %1 abfragen.</translation>
    </message>
    <message>
        <source>Connected to Loops: the API key belongs to team &quot;%1&quot;.</source>
        <translation>Verbunden mit Loops: Der API-Schlüssel gehört zum Team „%1“.</translation>
    </message>
    <message>
        <source>Signed in to Nile Auth as %1.</source>
        <translation>Bei Nile Auth angemeldet als %1.</translation>
    </message>
    <message>
        <source>Testing a %1 account is not available in this build.</source>
        <translation>Das Testen eines %1-Kontos ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ProviderSyncHandler</name>
    <message>
        <source>This build has no poller for %1 yet.</source>
        <translation>Dieser Build kann %1 noch nicht abfragen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the %3 cannot be read from the keychain: %4</source>
        <translation>%1 „%2“: %3 kann nicht aus dem Schlüsselbund gelesen werden: %4</translation>
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
    <name>SendGridClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an HTML page, not a SendGrid answer</source>
        <translation>eine HTML-Seite statt einer SendGrid-Antwort</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>no SendGrid error body</source>
        <translation>kein SendGrid-Fehlertext</translation>
    </message>
    <message>
        <source>%1: the API key was refused (401: %2). Check the SendGrid account&apos;s key in Settings.</source>
        <translation>%1: Der API-Schlüssel wurde abgelehnt (401: %2). Prüfen Sie den Schlüssel des SendGrid-Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2). The key may lack read access to Stats or Suppressions, or SendGrid is blocking it for a while after too many bad requests.</source>
        <translation>%1: Zugriff verweigert (403: %2). Dem Schlüssel fehlt möglicherweise der Lesezugriff auf Stats oder Suppressions, oder SendGrid sperrt ihn nach zu vielen fehlerhaften Anfragen vorübergehend.</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2); SendGrid&apos;s window resets at %3 UTC.</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2); das Zeitfenster von SendGrid wird um %3 UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation>%1: Ratenbegrenzung erreicht (429: %2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>the response is not a JSON list</source>
        <translation>die Antwort ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>SendGrid GET %1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation>SendGrid GET %1: Der Zeitraum %2 … %3 ist leer oder besteht nicht aus zwei Datumsangaben.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>empty (expected a mailbox provider)</source>
        <translation>leer (Postfachanbieter erwartet)</translation>
    </message>
    <message>
        <source>SendGrid GET /v3/mailbox_providers/stats: at most %1 mailbox providers per request, not %2.</source>
        <translation>SendGrid GET /v3/mailbox_providers/stats: Höchstens %1 Postfachanbieter pro Anfrage, nicht %2.</translation>
    </message>
    <message>
        <source>SendGrid: there is no suppression list &quot;%1&quot; here (expected bounces, spam_reports or blocks).</source>
        <translation>SendGrid: Eine Unterdrückungsliste „%1“ gibt es hier nicht (erwartet: bounces, spam_reports oder blocks).</translation>
    </message>
    <message>
        <source>SendGrid GET %1: more than %2 entries since the start time; stopped paging.</source>
        <translation>SendGrid GET %1: Mehr als %2 Einträge seit der Startzeit; Seitenabruf beendet.</translation>
    </message>
    <message>
        <source>missing (expected a unix time)</source>
        <translation>fehlt (Unix-Zeitstempel erwartet)</translation>
    </message>
    <message>
        <source>expected a unix time in seconds</source>
        <translation>Unix-Zeitstempel in Sekunden erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SesClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no SES error body</source>
        <translation>kein SES-Fehlertext</translation>
    </message>
    <message>
        <source>%1: AWS refused the credentials or the signature (403: %2). Check the access key, the secret and the computer&apos;s clock; `pmctl sigv4` shows what was signed.</source>
        <translation>%1: AWS hat die Zugangsdaten oder die Signatur abgelehnt (403: %2). Prüfen Sie den Zugriffsschlüssel, den geheimen Schlüssel und die Uhr des Computers; `pmctl sigv4` zeigt, was signiert wurde.</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>Amazon SES POST /v2/email/metrics/batch: query %1: %2 (%3)</source>
        <translation>Amazon SES POST /v2/email/metrics/batch: Abfrage %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 timestamps but %2 values</source>
        <translation>%1 Zeitstempel, aber %2 Werte</translation>
    </message>
    <message>
        <source>not a time with a count</source>
        <translation>kein gültiges Paar aus Zeitpunkt und Anzahl</translation>
    </message>
</context>
<context>
    <name>SigV4Signer</name>
    <message>
        <source>The request is empty.</source>
        <translation>Die Anfrage ist leer.</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line (METHOD /path HTTP/1.1): &quot;%1&quot;</source>
        <translation>Die erste Zeile ist keine HTTP-Anfragezeile (METHOD /path HTTP/1.1): „%1“</translation>
    </message>
    <message>
        <source>Not a header line (name:value): &quot;%1&quot;</source>
        <translation>Keine Header-Zeile (Name:Wert): „%1“</translation>
    </message>
    <message>
        <source>The context is not valid JSON: %1</source>
        <translation>Der Kontext ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The context lacks: %1</source>
        <translation>Im Kontext fehlt: %1</translation>
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
    <name>SndsClient</name>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>activity start</source>
        <translation>Aktivitätsbeginn</translation>
    </message>
    <message>
        <source>activity end</source>
        <translation>Aktivitätsende</translation>
    </message>
    <message>
        <source>RCPT commands</source>
        <translation>RCPT-Befehle</translation>
    </message>
    <message>
        <source>DATA commands</source>
        <translation>DATA-Befehle</translation>
    </message>
    <message>
        <source>message recipients</source>
        <translation>Nachrichtenempfänger</translation>
    </message>
    <message>
        <source>filter result</source>
        <translation>Filterergebnis</translation>
    </message>
    <message>
        <source>complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <source>trap message period start</source>
        <translation>Beginn des Spamfallen-Zeitraums</translation>
    </message>
    <message>
        <source>trap message period end</source>
        <translation>Ende des Spamfallen-Zeitraums</translation>
    </message>
    <message>
        <source>trap hits</source>
        <translation>Spamfallen-Treffer</translation>
    </message>
    <message>
        <source>sample HELO</source>
        <translation>HELO-Beispiel</translation>
    </message>
    <message>
        <source>sample MAIL FROM</source>
        <translation>MAIL-FROM-Beispiel</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>first IP of range</source>
        <translation>erste IP des Bereichs</translation>
    </message>
    <message>
        <source>last IP of range</source>
        <translation>letzte IP des Bereichs</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1: the answer is an HTML page, not SNDS data (the key may be wrong or the address moved)</source>
        <translation>%1: Die Antwort ist eine HTML-Seite statt SNDS-Daten (möglicherweise ist der Schlüssel falsch oder die Adresse hat sich geändert)</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is never closed</source>
        <translation>%1: Zeile %2: Ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4): %5</source>
        <translation>%1: Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <source>missing (expected an IP address)</source>
        <translation>fehlt (IP-Adresse erwartet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>missing (expected a whole number)</source>
        <translation>fehlt (ganze Zahl erwartet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number ≥ 0</source>
        <translation>„%1“ ist keine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <source>missing (expected a date and time such as 6/1/2025 8:00 AM)</source>
        <translation>fehlt (Datum und Uhrzeit wie 6/1/2025 8:00 AM erwartet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 6/1/2025 8:00 AM</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe wie 6/1/2025 8:00 AM</translation>
    </message>
    <message>
        <source>missing (expected GREEN, YELLOW or RED)</source>
        <translation>fehlt (GREEN, YELLOW oder RED erwartet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not GREEN, YELLOW or RED</source>
        <translation>„%1“ ist weder GREEN noch YELLOW noch RED</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as &quot;0.3%&quot; or &quot;&lt; 0.1%&quot;</source>
        <translation>„%1“ ist keine Prozentangabe wie „0.3%“ oder „&lt; 0.1%“</translation>
    </message>
    <message>
        <source>%1: no SNDS key is set for this account. Copy it from the SNDS &quot;Automated Access&quot; page into Settings.</source>
        <translation>%1: Für dieses Konto ist kein SNDS-Schlüssel festgelegt. Kopieren Sie ihn von der SNDS-Seite „Automated Access“ in die Einstellungen.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>an HTML page, not SNDS data</source>
        <translation>eine HTML-Seite statt SNDS-Daten</translation>
    </message>
    <message>
        <source>%1: the SNDS key was refused (HTTP %2: %3). Check the key on the SNDS &quot;Automated Access&quot; page and in Settings.</source>
        <translation>%1: Der SNDS-Schlüssel wurde abgelehnt (HTTP %2: %3). Prüfen Sie den Schlüssel auf der SNDS-Seite „Automated Access“ und in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404). The address may have moved: Microsoft deprecated the automated-access URLs under sendersupport.olc.protection.outlook.com/snds/ from 22 June 2026. Check the account&apos;s base URL in Settings.</source>
        <translation>%1: Nicht gefunden (HTTP 404). Die Adresse hat sich möglicherweise geändert: Microsoft hat die Automated-Access-URLs unter sendersupport.olc.protection.outlook.com/snds/ mit Wirkung zum 22. Juni 2026 abgekündigt. Prüfen Sie die Basis-URL des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: redirected elsewhere (HTTP %2): the address may have moved, or SNDS wants a sign-in. Check the account&apos;s base URL and key in Settings.</source>
        <translation>%1: Umgeleitet (HTTP %2): Die Adresse hat sich möglicherweise geändert, oder SNDS verlangt eine Anmeldung. Prüfen Sie Basis-URL und Schlüssel des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429). SNDS data changes once a day; the next sync tries again.</source>
        <translation>%1: Ratenbegrenzung erreicht (HTTP 429). SNDS-Daten ändern sich einmal täglich; der nächste Abgleich versucht es erneut.</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: expected %3 columns, found %4</source>
        <translation>%1: Zeile %2: %3 Spalten erwartet, %4 gefunden</translation>
    </message>
    <message>
        <source>the activity ends (%1) before it starts (%2)</source>
        <translation>die Aktivität endet (%1), bevor sie beginnt (%2)</translation>
    </message>
    <message>
        <source>missing (expected Yes)</source>
        <translation>fehlt (Yes erwartet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Yes or No</source>
        <translation>„%1“ ist weder Yes noch No</translation>
    </message>
    <message>
        <source>not the same kind of address as the first (%1)</source>
        <translation>nicht dieselbe Adressart wie die erste Adresse (%1)</translation>
    </message>
    <message>
        <source>the range ends before it starts (%1)</source>
        <translation>der Bereich endet, bevor er beginnt (%1)</translation>
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
    <name>StepUpDeliveryHandler</name>
    <message>
        <source>stepup.deliver needs a challenge_id.</source>
        <translation>stepup.deliver benötigt eine challenge_id.</translation>
    </message>
    <message>
        <source>No enabled Loops account with a one-time code template is configured (Settings &gt; Provider accounts).</source>
        <translation>Es ist kein aktiviertes Loops-Konto mit einer Einmalcode-Vorlage konfiguriert (Einstellungen &gt; Anbieterkonten).</translation>
    </message>
    <message>
        <source>The API key of Loops account %1 cannot be read from the keychain: %2</source>
        <translation>Der API-Schlüssel des Loops-Kontos %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>StepUpGateway</name>
    <message>
        <source>The challenge is not known to the database.</source>
        <translation>Die Challenge ist der Datenbank nicht bekannt.</translation>
    </message>
    <message>
        <source>The code could not be requested: %1</source>
        <translation>Der Code konnte nicht angefordert werden: %1</translation>
    </message>
    <message>
        <source>A code is on its way to %1.</source>
        <translation>Ein Code wird an %1 gesendet.</translation>
    </message>
    <message>
        <source>A new code can be sent once a minute has passed since the last (at %1).</source>
        <translation>Ein neuer Code kann erst eine Minute nach dem letzten gesendet werden (ab %1).</translation>
    </message>
    <message>
        <source>Five codes were sent in the last hour; the next can be sent at %1.</source>
        <translation>In der letzten Stunde wurden fünf Codes gesendet; der nächste kann ab %1 gesendet werden.</translation>
    </message>
    <message>
        <source>Step-up is locked after too many wrong codes, until %1. An admin can lift the lock.</source>
        <translation>Die Step-up-Authentifizierung ist nach zu vielen falschen Codes bis %1 gesperrt. Ein Administrator kann die Sperre aufheben.</translation>
    </message>
    <message>
        <source>Not allowed: %1.</source>
        <translation>Nicht zulässig: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Confirmed. Granting admin now waits for a second admin&apos;s approval (request %1).</source>
        <translation>Bestätigt. Die Vergabe der Administratorrolle wartet jetzt auf die Freigabe durch einen zweiten Administrator (Antrag %1).</translation>
    </message>
    <message>
        <source>The code is 8 digits.</source>
        <translation>Der Code besteht aus 8 Ziffern.</translation>
    </message>
    <message>
        <source>That was the last attempt for this code. Request a new one.</source>
        <translation>Das war der letzte Versuch für diesen Code. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Too many wrong codes: step-up is locked until %1.</source>
        <translation>Zu viele falsche Codes: Die Step-up-Authentifizierung ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong, has expired or was already used. %n attempt(s) left.</source>
        <translation>
            <numerusform>Der Code ist falsch, abgelaufen oder wurde bereits verwendet. Noch %n Versuch übrig.</numerusform>
            <numerusform>Der Code ist falsch, abgelaufen oder wurde bereits verwendet. Noch %n Versuche übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is wrong, has expired or was already used.</source>
        <translation>Der Code ist falsch, abgelaufen oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>the database has no rows waiting for this export</source>
        <translation>die Datenbank hält für diesen Export keine Zeilen bereit</translation>
    </message>
    <message>
        <source>The export was confirmed and logged, but its rows did not arrive (%1). Press Confirm to fetch them again; they wait for 10 minutes.</source>
        <translation>Der Export wurde bestätigt und protokolliert, seine Zeilen sind aber nicht angekommen (%1). Drücken Sie erneut auf „Bestätigen“, um sie abzurufen; sie werden 10 Minuten lang bereitgehalten.</translation>
    </message>
    <message>
        <source>The export was confirmed and logged, but its rows can no longer be fetched (%1). Request the export again.</source>
        <translation>Der Export wurde bestätigt und protokolliert, seine Zeilen können aber nicht mehr abgerufen werden (%1). Fordern Sie den Export erneut an.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Storing fetched statistics failed: %1</source>
        <translation>Das Speichern der abgerufenen Statistiken ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Storing a %1 snapshot failed: %2</source>
        <translation>Das Speichern einer %1-Momentaufnahme ist fehlgeschlagen: %2</translation>
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
    <name>pm::demo::DemoProviders</name>
    <message>
        <source>The demo&apos;s provider mocks could not start: %1</source>
        <translation>Die Anbieter-Mocks der Demo konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s provider mocks could not reach the database: %1</source>
        <translation>Die Anbieter-Mocks der Demo konnten die Datenbank nicht erreichen: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s provider accounts could not be set up: %1</source>
        <translation>Die Anbieterkonten der Demo konnten nicht eingerichtet werden: %1</translation>
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
    <name>pm::providers::ProviderAccountsReader</name>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Das Konto wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>A sync of account %1 is queued; a worker picks it up in a moment.</source>
        <translation>Ein Abgleich von Konto %1 wurde eingereiht; ein Worker übernimmt ihn in Kürze.</translation>
    </message>
    <message>
        <source>The sync could not be queued: %1</source>
        <translation>Der Abgleich konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>No credential to test with: %1</source>
        <translation>Keine Zugangsdaten zum Testen vorhanden: %1</translation>
    </message>
    <message>
        <source>Enter the credential to test the connection.</source>
        <translation>Geben Sie die Zugangsdaten ein, um die Verbindung zu testen.</translation>
    </message>
</context>
<context>
    <name>pm::providers::SyncStore</name>
    <message>
        <source>Storing SNDS data failed: %1</source>
        <translation>Das Speichern der SNDS-Daten ist fehlgeschlagen: %1</translation>
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
        <source>Not connected to the database yet.</source>
        <translation>Noch nicht mit der Datenbank verbunden.</translation>
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
    <name>pm::ui::AlertPolicyDialog</name>
    <message>
        <source>Alert policy</source>
        <translation>Alarmrichtlinie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification timers</source>
        <translation>Zeitvorgaben für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Warning: wait before the first notification</source>
        <translation>Warnung: Wartezeit vor der ersten Benachrichtigung</translation>
    </message>
    <message>
        <source>Warning: at most one update every</source>
        <translation>Warnung: höchstens eine Aktualisierung alle</translation>
    </message>
    <message>
        <source>Warning: remind every</source>
        <translation>Warnung: Erinnerung alle</translation>
    </message>
    <message>
        <source>Critical: wait before the first notification</source>
        <translation>Kritisch: Wartezeit vor der ersten Benachrichtigung</translation>
    </message>
    <message>
        <source>Critical: at most one update every</source>
        <translation>Kritisch: höchstens eine Aktualisierung alle</translation>
    </message>
    <message>
        <source>Critical: remind every</source>
        <translation>Kritisch: Erinnerung alle</translation>
    </message>
    <message>
        <source>Critical: hold at most</source>
        <translation>Kritisch: maximale Zurückhaltezeit</translation>
    </message>
    <message>
        <source>Digest every</source>
        <translation>Zusammenfassung alle</translation>
    </message>
    <message>
        <source>Detection thresholds (per IP and UTC day)</source>
        <translation>Erkennungsschwellen (pro IP-Adresse und UTC-Tag)</translation>
    </message>
    <message>
        <source>Judge an IP once it has sent at least</source>
        <translation>Mindestanzahl gesendeter E-Mails, bevor eine IP-Adresse bewertet wird</translation>
    </message>
    <message>
        <source>Bounce rate: warning at</source>
        <translation>Bounce-Rate: Warnung ab</translation>
    </message>
    <message>
        <source>Bounce rate: critical at</source>
        <translation>Bounce-Rate: kritisch ab</translation>
    </message>
    <message>
        <source>Complaint rate: warning at</source>
        <translation>Beschwerderate: Warnung ab</translation>
    </message>
    <message>
        <source>Complaint rate: critical at</source>
        <translation>Beschwerderate: kritisch ab</translation>
    </message>
    <message>
        <source>Blocked: critical at</source>
        <translation>Gesperrt: kritisch ab</translation>
    </message>
    <message>
        <source>Loading the policy…</source>
        <translation>Richtlinie wird geladen…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>The policy cannot be read: %1</source>
        <translation>Die Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Last changed %1. Changes need a one-time code and are recorded in the audit log.</source>
        <translation>Zuletzt geändert: %1. Änderungen erfordern einen Einmalcode und werden im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>The bounce warning threshold must not be above the critical one.</source>
        <translation>Die Warnschwelle der Bounce-Rate darf nicht über der kritischen Schwelle liegen.</translation>
    </message>
    <message>
        <source>The complaint warning threshold must not be above the critical one.</source>
        <translation>Die Warnschwelle der Beschwerderate darf nicht über der kritischen Schwelle liegen.</translation>
    </message>
    <message>
        <source>Nothing to apply: the form matches the policy.</source>
        <translation>Nichts zu übernehmen: Das Formular entspricht der Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n alert policy value(s)</source>
        <translation>
            <numerusform>%n Wert der Alarmrichtlinie ändern</numerusform>
            <numerusform>%n Werte der Alarmrichtlinie ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert policy changed: %1</source>
        <translation>Alarmrichtlinie geändert: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::AuditLogModel</name>
    <message>
        <source>Password reset</source>
        <translation>Passwortzurücksetzung</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Rollenänderung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>Richtlinienänderung</translation>
    </message>
    <message>
        <source>%1, step-up challenge %2</source>
        <translation>%1, Step-up-Challenge %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>pm::ui::AuditLogPage</name>
    <message>
        <source>The audit log is visible to executives and admins.</source>
        <translation>Das Audit-Protokoll ist nur für die Rollen Führungskraft und Administrator sichtbar.</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Search operator, action, outcome, reason, scope or client</source>
        <translation>Operator, Aktion, Ergebnis, Grund, Umfang oder Client suchen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Password resets</source>
        <translation>Passwortzurücksetzungen</translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation>Rollenänderungen</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Richtlinienänderungen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Failures and refusals</source>
        <translation>Fehler und Ablehnungen</translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation>Ab diesem Tag (einschließlich)</translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation>Bis zu diesem Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Export the audit log; needs a one-time code.</source>
        <translation>Audit-Protokoll exportieren; erfordert einen Einmalcode.</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check the chain links.</source>
        <translation>Den Hash jeder Zeile neu berechnen und die Verkettung prüfen.</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>The audit log cannot be read right now: %1</source>
        <translation>Das Audit-Protokoll kann derzeit nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Audit-Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Audit-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen werden angezeigt</translation>
    </message>
    <message>
        <source>The audit chain could not be verified: %1</source>
        <translation>Die Audit-Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2</source>
        <translation>Die Audit-Kette ist bei Zeile %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>The audit log is empty: there is no chain to verify yet.</source>
        <translation>Das Audit-Protokoll ist leer: Es gibt noch keine Kette zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s) checked, head %1.</source>
        <translation>
            <numerusform>Die Audit-Kette ist intakt: %n Zeile geprüft, Kettenkopf %1.</numerusform>
            <numerusform>Die Audit-Kette ist intakt: %n Zeilen geprüft, Kettenkopf %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>The new password takes effect once you confirm it with a one-time code sent to your email address. Your password itself is never sent: only a salted verifier.</source>
        <translation>Das neue Passwort wird wirksam, sobald Sie es mit einem Einmalcode bestätigen, der an Ihre E-Mail-Adresse gesendet wird. Ihr Passwort selbst wird nie übertragen, sondern nur ein gesalzener Prüfwert.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>That is the current password.</source>
        <translation>Das ist das aktuelle Passwort.</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Passwort von %1 ändern</translation>
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
    <message>
        <source>The new password could not be saved in the keychain: %1</source>
        <translation>Das neue Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
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
    <name>pm::ui::DemoOutboxDialog</name>
    <message>
        <source>Demo email outbox</source>
        <translation>Demo-E-Mail-Postausgang</translation>
    </message>
    <message>
        <source>Emails the demo sent through its local Loops mock. In the demo nothing leaves this computer; with a real Loops account these go to the recipients.</source>
        <translation>E-Mails, die die Demo über ihren lokalen Loops-Mock versendet hat. In der Demo verlässt nichts diesen Computer; mit einem echten Loops-Konto gehen sie an die Empfänger.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>pm::ui::ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Tenant revenue</source>
        <translation>Umsatz je Mandant</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Incident history (warnings and criticals)</source>
        <translation>Vorfallverlauf (Warnungen und kritische Vorfälle)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>PDF (report)</source>
        <translation>PDF (Bericht)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Exports are high-sensitivity: each one needs a one-time code and is recorded in the audit log with what was exported.</source>
        <translation>Exporte sind hochsensibel: Jeder Export erfordert einen Einmalcode und wird zusammen mit den exportierten Inhalten im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie aus, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>%1 als %2 exportieren</translation>
    </message>
    <message>
        <source>Waiting for the one-time code…</source>
        <translation>Warten auf den Einmalcode…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Exportiert von %1 am %2</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 bis %2</translation>
    </message>
    <message>
        <source> — directional internal decision support</source>
        <translation> — Richtwerte zur internen Entscheidungsunterstützung</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geschrieben…</numerusform>
            <numerusform>%n Zeilen werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was confirmed but the file could not be written: %1. Choose another place and press Export again; no new code is needed.</source>
        <translation>Der Export wurde bestätigt, aber die Datei konnte nicht geschrieben werden: %1. Wählen Sie einen anderen Speicherort und klicken Sie erneut auf „Exportieren“; ein neuer Code ist nicht erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exportiert: %n Zeile nach %1.</numerusform>
            <numerusform>Exportiert: %n Zeilen nach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
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
    <message>
        <source>Demo email &amp;outbox…</source>
        <translation>Demo-E-Mail-&amp;Postausgang…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Alert policy…</source>
        <translation>&amp;Alarmrichtlinie…</translation>
    </message>
    <message>
        <source>&amp;Operators and roles…</source>
        <translation>&amp;Operatoren und Rollen…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>Datenbankeigentümer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>ops</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>Exports are for executives and admins.</source>
        <translation>Exporte sind den Rollen Führungskraft und Administrator vorbehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exportiert: %n Zeile nach %1.</numerusform>
            <numerusform>Exportiert: %n Zeilen nach %1.</numerusform>
        </translation>
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
        <source>Subject</source>
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
    <message>
        <source>Deliver critical notifications during quiet hours too</source>
        <translation>Kritische Benachrichtigungen auch während der Ruhezeiten zustellen</translation>
    </message>
    <message>
        <source>Email for this severity and above:</source>
        <translation>E-Mail ab diesem Schweregrad:</translation>
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
    <name>pm::ui::OperatorsDialog</name>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Lift step-up lock</source>
        <translation>Step-up-Sperre aufheben</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Operator hinzufügen</translation>
    </message>
    <message>
        <source>Operators and roles</source>
        <translation>Operatoren und Rollen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step-up locked until</source>
        <translation>Step-up gesperrt bis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Ops</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Admin (needs a second admin)</source>
        <translation>Administrator (erfordert einen zweiten Administrator)</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Neue Rolle:</translation>
    </message>
    <message>
        <source>Admin grants waiting for a second admin</source>
        <translation>Vergaben der Administratorrolle, die auf einen zweiten Administrator warten</translation>
    </message>
    <message>
        <source>Add an operator (no role until one is given)</source>
        <translation>Operator hinzufügen (ohne Rolle, bis eine vergeben wird)</translation>
    </message>
    <message>
        <source>lower-case login, e.g. jane_doe</source>
        <translation>Anmeldename in Kleinbuchstaben, z. B. jane_doe</translation>
    </message>
    <message>
        <source>at least 12 characters; they change it after signing in</source>
        <translation>mindestens 12 Zeichen; der Operator ändert es nach der Anmeldung</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email (for one-time codes):</source>
        <translation>E-Mail-Adresse (für Einmalcodes):</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Anfangspasswort:</translation>
    </message>
    <message>
        <source>The operators cannot be read: %1</source>
        <translation>Die Operatoren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The initial password needs at least 12 characters.</source>
        <translation>Das Anfangspasswort muss mindestens 12 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Operator %1 added, without a role for now.</source>
        <translation>Operator %1 hinzugefügt, vorerst ohne Rolle.</translation>
    </message>
    <message>
        <source>Give %1 the role: %2</source>
        <translation>%1 die Rolle zuweisen: %2</translation>
    </message>
    <message>
        <source>Admin for %1 now waits for a second admin (request %2).</source>
        <translation>Die Administratorrolle für %1 wartet jetzt auf die Freigabe durch einen zweiten Administrator (Antrag %2).</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>Die Rolle von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Approve admin for %1 (request %2)</source>
        <translation>Administratorrolle für %1 freigeben (Antrag %2)</translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation>%1 hat jetzt die Rolle Administrator.</translation>
    </message>
    <message>
        <source>The step-up lock of %1 was lifted.</source>
        <translation>Die Step-up-Sperre von %1 wurde aufgehoben.</translation>
    </message>
</context>
<context>
    <name>pm::ui::ProviderAccountDialog</name>
    <message>
        <source>Enabled (polled on its schedule)</source>
        <translation>Aktiviert (wird nach Zeitplan abgefragt)</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Add provider account</source>
        <translation>Anbieterkonto hinzufügen</translation>
    </message>
    <message>
        <source>Edit provider account</source>
        <translation>Anbieterkonto bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source> calls a month</source>
        <translation> Aufrufe pro Monat</translation>
    </message>
    <message>
        <source> USD a month</source>
        <translation> USD pro Monat</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Monthly budget (calls over it are refused before they are sent)</source>
        <translation>Monatsbudget (Aufrufe darüber hinaus werden vor dem Senden abgelehnt)</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <source>Spending:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Cost of one call:</source>
        <translation>Kosten pro Aufruf:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie Folgendes ein: %1.</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>pm::ui::ProviderAccountsPage</name>
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
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Settings — provider accounts</source>
        <translation>Einstellungen — Anbieterkonten</translation>
    </message>
    <message>
        <source>The accounts the console polls for statistics and uses to deliver email. Credentials are kept in the system keychain. Use File &gt; Connect to database… to change the database this console uses.</source>
        <translation>Die Konten, die die Konsole nach Statistiken abfragt und für den E-Mail-Versand nutzt. Zugangsdaten werden im System-Schlüsselbund aufbewahrt. Über Datei &gt; Mit Datenbank verbinden… wechseln Sie die Datenbank, die diese Konsole verwendet.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Laufender Monat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>The accounts cannot be read right now: %1</source>
        <translation>Die Konten können derzeit nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Provider accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>The account was saved, but its credential could not be stored in the keychain: %1</source>
        <translation>Das Konto wurde gespeichert, seine Zugangsdaten konnten jedoch nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <source>Account removed, with its credential.</source>
        <translation>Konto samt Zugangsdaten entfernt.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Delivers email (not polled)</source>
        <translation>Versendet E-Mails (keine Abfrage)</translation>
    </message>
    <message>
        <source>Sign-in (not polled)</source>
        <translation>Anmeldung (keine Abfrage)</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation>Warten auf den ersten Abgleich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 von %2 Aufrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider accounts yet. Add one to start polling its statistics.</source>
        <translation>Noch keine Anbieterkonten. Fügen Sie ein Konto hinzu, um dessen Statistiken abzurufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The account, its fetched statistics and its credential in the keychain are removed. The provider itself is not touched.</source>
        <translation>Das Konto, seine abgerufenen Statistiken und seine Zugangsdaten im Schlüsselbund werden entfernt. Beim Anbieter selbst wird nichts geändert.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Provider accounts are configured by admins.</source>
        <translation>Anbieterkonten werden von Administratoren konfiguriert.</translation>
    </message>
    <message>
        <source>Change the budget of provider account %1</source>
        <translation>Budget des Anbieterkontos %1 ändern</translation>
    </message>
    <message>
        <source>The budget of account %1 was changed.</source>
        <translation>Das Budget des Kontos %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Account %1 saved; its budget was left as it was.</source>
        <translation>Konto %1 gespeichert; sein Budget blieb unverändert.</translation>
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
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-queueing and discarding dead jobs is for ops and admins.</source>
        <translation>Das erneute Einreihen und Verwerfen ausgesonderter Aufträge ist den Rollen Betrieb und Administrator vorbehalten.</translation>
    </message>
</context>
<context>
    <name>pm::ui::StepUpDialog</name>
    <message>
        <source>Confirm with a one-time code</source>
        <translation>Mit einem Einmalcode bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This action needs a fresh one-time code, sent to your email address. The database checks the code and performs the action in one step.</source>
        <translation>Diese Aktion erfordert einen neuen Einmalcode, der an Ihre E-Mail-Adresse gesendet wird. Die Datenbank prüft den Code und führt die Aktion in einem Schritt aus.</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>Code wird angefordert…</translation>
    </message>
    <message>
        <source>8-digit code</source>
        <translation>8-stelliger Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>Die Datenbank ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Code wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation>Ein Code wurde an %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>Noch %n Versuch übrig</numerusform>
            <numerusform>Noch %n Versuche übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>The code could not be emailed: %1. Send a new code when the email service is back.</source>
        <translation>Der Code konnte nicht per E-Mail gesendet werden: %1. Senden Sie einen neuen Code, sobald der E-Mail-Dienst wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>It is not known whether the code was emailed. Send a new code.</source>
        <translation>Es ist nicht bekannt, ob der Code per E-Mail gesendet wurde. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>No attempts left for this code. Send a new code.</source>
        <translation>Für diesen Code sind keine Versuche mehr übrig. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>A newer code was requested; this one no longer works.</source>
        <translation>Es wurde ein neuerer Code angefordert; dieser ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation>Der Code ist abgelaufen. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Step-up is locked after too many wrong codes.</source>
        <translation>Die Step-up-Authentifizierung ist nach zu vielen falschen Codes gesperrt.</translation>
    </message>
    <message>
        <source>The code is 8 digits, as in the email.</source>
        <translation>Der Code besteht aus 8 Ziffern, wie in der E-Mail.</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Neuer Code wird angefordert…</translation>
    </message>
    <message>
        <source>Valid for %1:%2 more</source>
        <translation>Noch %1:%2 gültig</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Neuen Code senden (%1 s)</translation>
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
