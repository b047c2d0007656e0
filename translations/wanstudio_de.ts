<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>wan::api::ApiErrors</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+8"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not permitted</source>
        <translation>Modell nicht freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model retired</source>
        <translation>Modell eingestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint not found</source>
        <translation>Endpunkt nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough credits</source>
        <translation>Nicht genug Credits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed</source>
        <translation>Fehler beim Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged video</source>
        <translation>Beschädigtes Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result expired</source>
        <translation>Ergebnis abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecure address</source>
        <translation>Unsichere Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+70"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Der Dienst meldete: „%1“.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The service refused the request as invalid while %1 (HTTP 400).</source>
        <translation>Der Dienst hat die Anfrage beim %1 als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prompt and the parameters, then try again.</source>
        <translation>Prüfen Sie den Prompt und die Parameter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the API key while %1 (HTTP %2).</source>
        <translation>Der Dienst hat den API-Schlüssel beim %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.</source>
        <translation>Prüfen Sie den Schlüssel in den Einstellungen (er beginnt mit SG_) oder erstellen Sie einen neuen in Ihrer Segmind-Konsole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. Nothing was charged.</source>
        <translation>Ihr Segmind-Konto oder Team darf dieses Modell nicht verwenden (HTTP 403); der API-Schlüssel selbst wurde akzeptiert. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your team&apos;s Segmind admin for access to the model, or use a key of an account that has it.</source>
        <translation>Bitten Sie den Segmind-Administrator Ihres Teams um Zugriff auf das Modell, oder verwenden Sie den Schlüssel eines Kontos, das Zugriff hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service has no such endpoint while %1 (HTTP %2).</source>
        <translation>Der Dienst kennt diesen Endpunkt nicht (beim %1, HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; the default is https://api.segmind.com.</source>
        <translation>Prüfen Sie die API-Basisadresse in den Einstellungen; Standard ist https://api.segmind.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP %1).</source>
        <translation>Ihr Segmind-Konto hat nicht genug Credits für diesen Durchlauf (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up your credits in the Segmind console (Billing), then try again.</source>
        <translation>Laden Sie in der Segmind-Konsole (Billing) Credits auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segmind has retired this model (HTTP 410); nothing was charged.</source>
        <translation>Segmind hat dieses Modell eingestellt (HTTP 410); es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for its successor on segmind.com; a newer Wan Studio may support it.</source>
        <translation>Suchen Sie auf segmind.com nach seinem Nachfolger; eine neuere Version von Wan Studio unterstützt ihn möglicherweise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.</source>
        <translation>Der Dienst hat dies ausgeführt, und es ist beim %1 fehlgeschlagen (HTTP 422); fehlgeschlagene Durchläufe werden nicht berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Try again, perhaps with another prompt, image or settings.</source>
        <translation>Versuchen Sie es erneut, eventuell mit einem anderen Prompt, einem anderen Bild oder anderen Einstellungen.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The service is rate limiting requests while %1 (HTTP 429).</source>
        <translation>Der Dienst begrenzt die Anfragen beim %1 (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and try again, or run fewer generations at once.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut, oder starten Sie weniger Durchläufe gleichzeitig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had a problem while %1 (HTTP %2); no video was made.</source>
        <translation>Beim Dienst trat beim %1 ein Problem auf (HTTP %2); es wurde kein Video erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a little while; if it keeps failing, check Segmind&apos;s status page.</source>
        <translation>Versuchen Sie es in Kürze erneut; wenn es weiter fehlschlägt, prüfen Sie die Statusseite von Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1 while %2.</source>
        <translation>Der Dienst antwortete beim %2 mit dem unerwarteten HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter passiert, prüfen Sie die API-Basisadresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the request&apos;s content type while %1 (HTTP 406); nothing was charged.</source>
        <translation>Der Dienst hat beim %1 den Inhaltstyp der Anfrage abgelehnt (HTTP 406); es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.</source>
        <translation>Dies ist ein Fehler von Wan Studio oder eines dazwischenliegenden Proxys; wenn es weiter passiert, melden Sie es bitte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team&apos;s spend limit on Segmind is reached (HTTP 406); nothing was charged.</source>
        <translation>Das Ausgabenlimit Ihres Teams bei Segmind ist erreicht (HTTP 406); es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your team&apos;s Segmind admin to raise the limit, or wait until it resets.</source>
        <translation>Bitten Sie den Segmind-Administrator Ihres Teams, das Limit zu erhöhen, oder warten Sie, bis es zurückgesetzt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.</source>
        <translation>Ihr Segmind-Konto hat nicht genug Credits für diesen Durchlauf (HTTP 406); es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance must cover the model&apos;s whole cost, not only be above zero. Top up in the Segmind console (Billing), then try again.</source>
        <translation>Das Guthaben muss die gesamten Kosten des Modells decken, nicht nur über null liegen. Laden Sie in der Segmind-Konsole (Billing) auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused a parameter before running while %1 (HTTP 406); nothing was charged.</source>
        <translation>Der Dienst hat beim %1 vor dem Ausführen einen Parameter abgelehnt (HTTP 406); es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the value the service names, then try again.</source>
        <translation>Ändern Sie den Wert, den der Dienst nennt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Segmind API key is set.</source>
        <translation>Es ist kein Segmind-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.</source>
        <translation>Tragen Sie Ihren Schlüssel in den Einstellungen ein oder setzen Sie SEGMIND_API_KEY; Sie erhalten ihn in Ihrer Segmind-Konsole unter „API Keys“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed while %1: %2.</source>
        <translation>Die Verbindung ist beim %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service did not answer in time while %1.</source>
        <translation>Der Dienst hat beim %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service gave an answer Wan Studio cannot read while %1: %2.</source>
        <translation>Der Dienst gab beim %1 eine Antwort, die Wan Studio nicht lesen kann: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).</source>
        <translation>Versuchen Sie es erneut; wenn es weiter passiert, prüfen Sie die API-Basisadresse in den Einstellungen (möglicherweise antwortet ein Proxy oder ein Captive Portal).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded video is not usable: %1.</source>
        <translation>Das heruntergeladene Video ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Laden Sie es erneut herunter; das Ergebnis bleibt eine Stunde lang beim Dienst verfügbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service no longer has this run: results are kept for one hour after submission.</source>
        <translation>Der Dienst hat diesen Durchlauf nicht mehr: Ergebnisse werden eine Stunde nach dem Absenden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate it again (this is a new, charged run).</source>
        <translation>Generieren Sie ihn erneut (das ist ein neuer, kostenpflichtiger Durchlauf).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service could not make the video: %1.</source>
        <translation>Der Dienst konnte das Video nicht erstellen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, perhaps with other settings; a failed run is not charged.</source>
        <translation>Versuchen Sie es erneut, eventuell mit anderen Einstellungen; ein fehlgeschlagener Durchlauf wird nicht berechnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run failed on the service: %1. Failed runs are not charged.</source>
        <translation>Der Durchlauf ist beim Dienst fehlgeschlagen: %1. Fehlgeschlagene Durchläufe werden nicht berechnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).</source>
        <translation>Verwenden Sie eine https://-Adresse (einfaches http:// ist nur für diesen Computer erlaubt, z. B. 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video could not be saved: %1.</source>
        <translation>Das Video konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some disk space or choose another results folder, then download again.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ergebnisordner und laden Sie dann erneut herunter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting. The service had already accepted this run, so it may still be charged.</source>
        <translation>Warten beendet. Der Dienst hatte diesen Durchlauf bereits angenommen, er kann also noch berechnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before anything was sent; nothing was charged.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde; es wurde nichts berechnet.</translation>
    </message>
</context>
<context>
    <name>wan::api::ApiResponses</name>
    <message>
        <location filename="../app/api/apiresponses.cpp" line="+29"/>
        <source>the answer is too large (%1 MB)</source>
        <translation>die Antwort ist zu groß (%1 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is a web page (HTML), not data</source>
        <translation>die Antwort ist eine Webseite (HTML), keine Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is JSON of an unexpected shape</source>
        <translation>die Antwort ist JSON mit unerwartetem Aufbau</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the answer has no request id</source>
        <translation>die Antwort enthält keine Anfrage-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer&apos;s request id contains control characters</source>
        <translation>die Anfrage-ID der Antwort enthält Steuerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer has no status or response address</source>
        <translation>die Antwort enthält weder Status noch Antwortadresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no known status</source>
        <translation>die Antwort enthält keinen bekannten Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+141"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the answer has no credit balance</source>
        <translation>die Antwort enthält kein Credit-Guthaben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the upload answer has no file address</source>
        <translation>die Upload-Antwort enthält keine Dateiadresse</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an HTML page instead of an error message</source>
        <translation>eine HTML-Seite statt einer Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>wan::api::Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+75"/>
        <source>The API base address &quot;%1&quot; is not a valid address.</source>
        <translation>Die API-Basisadresse „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload base address &quot;%1&quot; is not a valid address.</source>
        <translation>Die Upload-Basisadresse „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; uses plain http, which is not encrypted.</source>
        <translation>„%1“ verwendet einfaches http, das nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an https address.</source>
        <translation>„%1“ ist keine https-Adresse.</translation>
    </message>
</context>
<context>
    <name>wan::api::Mp4Probe</name>
    <message>
        <location filename="../app/api/mp4probe.cpp" line="+117"/>
        <location line="+21"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is not an MP4 video</source>
        <translation>es ist kein MP4-Video</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the video&apos;s structure is damaged</source>
        <translation>die Struktur des Videos ist beschädigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>the video is incomplete (it ends in the middle of a box)</source>
        <translation>das Video ist unvollständig (es endet mitten in einer Box)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the video ends in %1 bytes that are not part of any video box (padding or garbage)</source>
        <translation>das Video endet mit %1 Bytes, die zu keiner Video-Box gehören (Füllbytes oder Datenmüll)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the video is incomplete (%1 of its bytes are missing)</source>
        <translation>das Video ist unvollständig (%1 seiner Bytes fehlen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video ends in an unknown box of %1 bytes that runs to the end of the file</source>
        <translation>das Video endet mit einer unbekannten Box von %1 Bytes, die bis zum Dateiende reicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the video&apos;s media data is padding (zero bytes), not video</source>
        <translation>die Mediendaten des Videos sind Füllbytes (Nullbytes), kein Video</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no index (moov box); it is incomplete</source>
        <translation>das Video hat keinen Index (moov-Box); es ist unvollständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video has no media data</source>
        <translation>das Video enthält keine Mediendaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)</source>
        <translation>seine Mediendaten (%1 Bytes) sind mehr, als ein Clip mit diesen Einstellungen brauchen kann (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>wan::api::SegmindClient</name>
    <message>
        <location filename="../app/api/segmindclient.cpp" line="+265"/>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).</source>
        <translation>Der Dienst leitete beim %1 an eine Adresse weiter, der Wan Studio nicht folgt (sie würde auf http herabstufen oder Ihren Schlüssel an einen anderen Host senden).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service kept redirecting the request without ever answering it (a redirect loop)</source>
        <translation>der Dienst hat die Anfrage immer wieder weitergeleitet, ohne je zu antworten (eine Weiterleitungsschleife)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; a proxy or captive portal may be redirecting. If it keeps happening, try again later.</source>
        <translation>Prüfen Sie die API-Basisadresse in den Einstellungen; möglicherweise leitet ein Proxy oder ein Captive Portal um. Wenn es weiter passiert, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more than any real answer</source>
        <translation>die Antwort war komprimiert (%1) und ließ sich nicht entpacken – sie ist beschädigt oder wäre entpackt weit größer als jede echte Antwort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the connection closed before the service answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Dienst antwortete</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the credit balance</source>
        <translation>Abrufen des Credit-Guthabens</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>uploading the image</source>
        <translation>Hochladen des Bildes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>submitting the run</source>
        <translation>Absenden des Durchlaufs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the run with HTTP %1 while %2; nothing was charged.</source>
        <translation>Der Dienst hat den Durchlauf beim %2 mit HTTP %1 abgelehnt; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it again; if it keeps failing, try other settings or check Segmind&apos;s status page.</source>
        <translation>Senden Sie ihn erneut; wenn es weiter fehlschlägt, versuchen Sie andere Einstellungen oder prüfen Sie die Statusseite von Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered HTTP %1 while %2; it may still have accepted the run.</source>
        <translation>Der Dienst antwortete mit HTTP %1 beim %2; er hat den Durchlauf möglicherweise trotzdem angenommen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+32"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Der Dienst meldete: „%1“.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>checking the run&apos;s progress</source>
        <translation>Prüfen des Fortschritts</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fetching the result</source>
        <translation>Abrufen des Ergebnisses</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the finished result has no video</source>
        <translation>das fertige Ergebnis enthält kein Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run finished on the service and may have been charged. Check it in the request history of your Segmind console before generating again.</source>
        <translation>Der Durchlauf wurde beim Dienst beendet und möglicherweise berechnet. Prüfen Sie ihn im Anfrageverlauf Ihrer Segmind-Konsole, bevor Sie erneut generieren.</translation>
    </message>
</context>
<context>
    <name>wan::api::VideoDownload</name>
    <message>
        <location filename="../app/api/videodownload.cpp" line="+74"/>
        <source>The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything was written and nothing was kept.</source>
        <translation>Der Dienst kündigte %1 für einen Clip an, der höchstens %2 groß sein kann; der Download wurde abgebrochen, bevor etwas geschrieben wurde, und nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing was kept.</source>
        <translation>Der Dienst sendete mindestens %1 für einen Clip, der höchstens %2 groß sein kann; der Download wurde abgebrochen und nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run may have been charged: resume it later, or check the request in your Segmind console.</source>
        <translation>Der Durchlauf wurde möglicherweise berechnet: Setzen Sie ihn später fort oder prüfen Sie die Anfrage in Ihrer Segmind-Konsole.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+68"/>
        <source>writing %1 failed (%2)</source>
        <translation>Schreiben von %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The connection dropped while %1 (%2 received).</source>
        <translation>Die Verbindung brach beim %1 ab (%2 empfangen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Laden Sie es erneut herunter; das Ergebnis bleibt eine Stunde lang beim Dienst verfügbar.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 received</source>
        <translation>%1 von %2 empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped while %1 (%2 of %3 received).</source>
        <translation>Die Verbindung brach beim %1 ab (%2 von %3 empfangen).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 existiert und kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be renamed into place (%2)</source>
        <translation>%1 kann nicht an seinen Platz umbenannt werden (%2)</translation>
    </message>
</context>
<context>
    <name>wan::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+169"/>
        <location line="+62"/>
        <location filename="../app/cli/clisupport.cpp" line="+55"/>
        <location line="+17"/>
        <location line="+108"/>
        <location filename="../app/cli/commandline.cpp" line="+88"/>
        <location line="+66"/>
        <location filename="../app/cli/exportcommand.cpp" line="+32"/>
        <location line="+106"/>
        <location line="+31"/>
        <location filename="../app/cli/framecommand.cpp" line="+20"/>
        <location line="+45"/>
        <location line="+14"/>
        <location filename="../app/cli/spendcommand.cpp" line="+64"/>
        <location line="+15"/>
        <location line="+76"/>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+1"/>
        <source>Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.</source>
        <translation>Prüfen Sie SEGMIND_API_BASE und SEGMIND_UPLOAD_BASE oder die Adressen in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: the library could not be opened: the disk that holds it is full (%1 bytes free).</source>
        <translation>Fehler: Die Bibliothek konnte nicht geöffnet werden: Der Datenträger, auf dem sie liegt, ist voll (%1 Bytes frei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, then run the command again; nothing was sent.</source>
        <translation>Geben Sie Speicherplatz frei und führen Sie den Befehl dann erneut aus; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+88"/>
        <location filename="../app/cli/clisupport.cpp" line="+5"/>
        <source>Error: the library could not be opened: %1</source>
        <translation>Fehler: Die Bibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-163"/>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>Die Optionen zeigt „%1 --help“.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), or send it anyway with --ignore-budget.</source>
        <translation>Für diesen Lauf wurde nichts gesendet. Heben Sie das Limit an (wanstudio settings set %1 WERT) oder senden Sie ihn trotzdem mit --ignore-budget.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library is damaged; `wanstudio library rebuild` lists your clips again (the damaged file is kept aside).</source>
        <translation>Die Bibliothek ist beschädigt; `wanstudio library rebuild` erfasst Ihre Clips neu (die beschädigte Datei wird beiseitegelegt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted as request %1</source>
        <translation>Angenommen als Anfrage %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading %1%</source>
        <translation>Herunterladen %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-109"/>
        <source>Prints the Segmind account&apos;s credit balance.</source>
        <translation>Gibt das Credit-Guthaben des Segmind-Kontos aus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Makes a video from a still image with %1.</source>
        <translation>Erstellt mit %1 ein Video aus einem Standbild.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-248"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n Lauf, insgesamt etwa %1 Credits (je %2); nichts wurde gesendet.</numerusform>
            <numerusform>%n Läufe, insgesamt etwa %1 Credits (je %2); nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not &quot;%1&quot;.</source>
        <translation>--sweep erwartet PARAMETER=W1,W2,..., etwa sample_shift=4,8,12; nicht „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--seed-list takes seeds separated by commas, such as 1,2,3.</source>
        <translation>--seed-list erwartet durch Kommas getrennte Seeds, etwa 1,2,3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed-list: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed-list: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt makes one run per alternative (several groups multiply, the first varying slowest; write \{ \} \| for literal characters); seeds and sweeps multiply too, up to %2 runs.</source>
        <translation>Plant und sendet viele Läufe von %1 aus einem Bild und einem Prompt. {golden hour|blue hour} im Prompt ergibt einen Lauf je Alternative (mehrere Gruppen multiplizieren sich, die erste ändert sich am langsamsten; \{ \} \| schreibt die Zeichen selbst); Seeds und Reihen multiplizieren sich ebenfalls, bis zu %2 Läufe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>The input image: a file or an https URL.</source>
        <translation>Das Eingabebild: eine Datei oder eine https-URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>path|url</source>
        <translation>pfad|url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen in the video; may hold {a|b} alternatives.</source>
        <translation>Was im Video geschehen soll; darf {a|b}-Alternativen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base name of the MP4s (clip.mp4 -&gt; clip-1-....mp4); default: the results folder.</source>
        <translation>Grundname der MP4-Dateien (clip.mp4 -&gt; clip-1-....mp4); Standard: der Ergebnisordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace output files that already exist.</source>
        <translation>Vorhandene Ausgabedateien ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run each combination with this many distinct random seeds.</source>
        <translation>Jede Kombination mit so vielen verschiedenen zufälligen Seeds ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --seeds: the seeds count up from --seed instead.</source>
        <translation>Mit --seeds: die Seeds zählen stattdessen ab --seed aufwärts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each combination with these seeds.</source>
        <translation>Jede Kombination mit diesen Seeds ausführen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps).</source>
        <translation>Einen Zahlenparameter über Werte variieren, z. B. sample_shift=4,8,12 (höchstens zwei Reihen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAM=V1,V2,...</source>
        <translation>PARAM=W1,W2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every planned run and the total cost; send nothing.</source>
        <translation>Jeden geplanten Lauf und die Gesamtkosten ausgeben; nichts senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --dry-run: one JSON line per planned run, then the total.</source>
        <translation>Mit --dry-run: eine JSON-Zeile je geplantem Lauf, danach die Summe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when a run would pass a budget cap.</source>
        <translation>Auch senden, wenn ein Lauf ein Budgetlimit überschreiten würde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seeds and --seed-list cannot be used together.</source>
        <translation>--seeds und --seed-list können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seeds takes a number of runs, 1 to %1.</source>
        <translation>--seeds erwartet eine Anzahl Läufe, 1 bis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--consecutive only goes with --seeds.</source>
        <translation>--consecutive gibt es nur zusammen mit --seeds.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--json goes with --dry-run; the runs of a batch always print JSON lines.</source>
        <translation>--json gehört zu --dry-run; die Läufe eines Stapels geben immer JSON-Zeilen aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n Lauf, insgesamt etwa %1 Credits.</numerusform>
            <numerusform>%n Läufe, insgesamt etwa %1 Credits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 (%2):</source>
        <translation>Lauf %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>Der Stapel wurde angehalten: %n weiterer Lauf wurde nicht gesendet.</numerusform>
            <numerusform>Der Stapel wurde angehalten: %n weitere Läufe wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>What should happen in the video.</source>
        <translation>Was im Video passieren soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-162"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Where to save the MP4.</source>
        <translation>Wohin das MP4 gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+3"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>file.mp4</source>
        <translation>datei.mp4</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <location filename="../app/cli/exportcommand.cpp" line="-91"/>
        <location filename="../app/cli/framecommand.cpp" line="-40"/>
        <source>Replace the --out file if it already exists.</source>
        <translation>Die --out-Datei ersetzen, falls sie bereits existiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-114"/>
        <source>%1: %2 Allowed: %3; default %4.</source>
        <translation>%1: %2 Erlaubt: %3; Standard %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommand.cpp" line="-1"/>
        <source>value</source>
        <translation>wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>Choose a random seed (it is printed with the result).</source>
        <translation>Einen zufälligen Seed wählen (er wird mit dem Ergebnis ausgegeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+10"/>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Turn go_fast off: slower, slightly better quality.</source>
        <translation>go_fast ausschalten: langsamer, etwas bessere Qualität.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Use the synchronous v1 call instead of submit and poll.</source>
        <translation>Den synchronen v1-Aufruf statt Absenden und Abfragen verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, its settings the defaults, and the run records where it came from.</source>
        <translation>Einen Clip fortsetzen: sein exaktes Bild (das letzte, wenn --at nichts anderes sagt) ist das Bild, seine Einstellungen sind die Vorgaben, und der Durchlauf vermerkt, woher er kommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clip.mp4|library id</source>
        <translation>clip.mp4|Bibliotheks-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --continue-from: last (default), first, a frame index from 0, or seconds (2.5).</source>
        <translation>Mit --continue-from: last (Vorgabe), first, ein Bildindex ab 0 oder Sekunden (2.5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when the run would pass a budget cap.</source>
        <translation>Auch senden, wenn der Lauf ein Budgetlimit überschreiten würde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--image and --continue-from cannot be used together: a continuation&apos;s image is the clip&apos;s frame.</source>
        <translation>--image und --continue-from gehen nicht zusammen: Das Bild einer Fortsetzung ist das Bild aus dem Clip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at only goes with --continue-from.</source>
        <translation>--at geht nur zusammen mit --continue-from.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+14"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--image is required: a file or an https URL.</source>
        <translation>--image ist erforderlich: eine Datei oder eine https-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--prompt is required and must not be empty.</source>
        <translation>--prompt ist erforderlich und darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--out is required: where to save the MP4.</source>
        <translation>--out ist erforderlich: wohin das MP4 gespeichert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed and --random-seed cannot be used together.</source>
        <translation>--seed und --random-seed können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+31"/>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>The image %1 does not exist.</source>
        <translation>Das Bild %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+38"/>
        <source>Error: the run could not be recorded in the library: %1</source>
        <translation>Fehler: Der Durchlauf konnte nicht in der Bibliothek erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space, then run the command again; nothing was sent.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und führen Sie den Befehl dann erneut aus; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.</source>
        <translation>Der Dienst hat diesen Durchlauf als Anfrage %1 angenommen; `wanstudio resume` holt ihn ab, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)</source>
        <translation>Aufruf: wanstudio [BILD]              öffnet das Studiofenster (optional mit einem Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio generate [options] make a video from an image, headless</source>
        <translation>        wanstudio generate [Optionen] erstellt ohne Oberfläche ein Video aus einem Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio credits            print the credit balance</source>
        <translation>        wanstudio credits             gibt das Credit-Guthaben aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio resume             fetch runs the service accepted but this computer did not receive</source>
        <translation>        wanstudio resume              holt Durchläufe ab, die der Dienst angenommen, dieser Computer aber nicht erhalten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library list|show  what the library holds</source>
        <translation>        wanstudio library list|show   was die Bibliothek enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library rebuild    list the clips again in a lost or damaged library</source>
        <translation>        wanstudio library rebuild     erfasst die Clips einer verlorenen oder beschädigten Bibliothek neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)</source>
        <translation>        wanstudio frame CLIP          speichert ein exaktes Bild eines Clips als PNG (--at, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)</source>
        <translation>       wanstudio export EINGABE...  Clips zu MP4, WebM, GIF, WebP oder PNG-Einzelbildern verbinden (--format, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)</source>
        <translation>       wanstudio sequence create|list|show|export  Szenen aus Bibliotheks-Clips, als eine Datei exportiert (mlt: für einen Editor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)</source>
        <translation>       wanstudio batch [Optionen]   viele Läufe auf einmal: {a|b}-Prompt-Alternativen, Seeds, Reihen (--dry-run)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio spend              what runs cost: totals and per day (--since, --json)</source>
        <translation>       wanstudio spend              was Läufe kosten: Summen und je Tag (--since, --json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio settings list|get|set  the settings a script needs, budget caps among them</source>
        <translation>       wanstudio settings list|get|set  die Einstellungen für Skripte, darunter die Budgetlimits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio COMMAND --help     options of a command</source>
        <translation>        wanstudio BEFEHL --help       Optionen eines Befehls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>Der Schlüssel stammt aus SEGMIND_API_KEY oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+142"/>
        <source>Fetches the runs the service accepted but this computer never received (after a crash, a kill or a dropped connection). It never submits a run again.</source>
        <translation>Holt die Durchläufe ab, die der Dienst angenommen, dieser Computer aber nie erhalten hat (nach einem Absturz, einem Beenden oder einem Verbindungsabbruch). Sendet nie einen Durchlauf erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send the runs that were queued but never sent.</source>
        <translation>Auch die Durchläufe senden, die eingereiht, aber nie gesendet wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this run of the library.</source>
        <translation>Nur dieser Durchlauf der Bibliothek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed.</source>
        <translation>Anderswo speichern: ein Ordner (jeder Clip behält seinen Dateinamen) oder eine Datei, wenn ein Durchlauf fortgesetzt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-21"/>
        <source>What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for Shotcut and Kdenlive that refers to the original clips).</source>
        <translation>Was geschrieben wird: mp4, webm, gif, webp, png (ein Ordner mit Einzelbildern) oder mlt (ein Projekt für Shotcut und Kdenlive, das auf die Original-Clips verweist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to write: mp4, webm, gif, webp or png (a folder of frames).</source>
        <translation>Was geschrieben wird: mp4, webm, gif, webp oder png (ein Ordner mit Einzelbildern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to save it (for png: a new or empty folder).</source>
        <translation>Wohin gespeichert wird (bei png: ein neuer oder leerer Ordner).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long edge in pixels (the aspect is kept); default: the first clip&apos;s size.</source>
        <translation>Die lange Kante in Pixeln (das Seitenverhältnis bleibt); Standard: die Größe des ersten Clips.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new frame rate (frames are repeated or dropped); default: the first clip&apos;s.</source>
        <translation>Eine neue Bildrate (Bilder werden wiederholt oder ausgelassen); Standard: die des ersten Clips.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at every join, instead of the crossfades the sequence keeps for each join.</source>
        <translation>An jeder Verbindung N Bilder überblenden, statt der Überblendungen, die die Sequenz für jede Verbindung speichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at each join.</source>
        <translation>An jeder Verbindung N Bilder überblenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play forward, then back, for a seamless loop.</source>
        <translation>Vorwärts, dann rückwärts abspielen, für eine nahtlose Schleife.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a clip continues the one before it, correct its colours toward the frame it continues, so a chain&apos;s colour drift does not jump at the joins.</source>
        <translation>Wo ein Clip den vorigen fortsetzt, seine Farben an das fortgesetzte Bild angleichen, damit die Farbdrift einer Kette an den Übergängen nicht springt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF is better.</source>
        <translation>MP4: CRF 0-51 (Standard 20); WebM: CRF 0-63 (Standard 32); WebP: 0-100 (Standard 80). Ein niedrigerer CRF ist besser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4: always encode new pictures, even where the clips could be copied as they are.</source>
        <translation>MP4: immer neue Bilder kodieren, auch wo die Clips unverändert kopiert werden könnten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>--format must be mp4, webm, gif, webp or png.</source>
        <translation>--format muss mp4, webm, gif, webp oder png sein.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>--out is required: where to save the export.</source>
        <translation>--out ist erforderlich: wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--match-colour changes the pictures, which an MLT project does not hold: export a video or frames with it.</source>
        <translation>--match-colour ändert die Bilder, die ein MLT-Projekt nicht enthält: Exportieren Sie damit ein Video oder Einzelbilder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--width must be a number of pixels from 16 to 8192.</source>
        <translation>--width muss eine Pixelzahl von 16 bis 8192 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crossfade must be a number of frames from 0 to 1000.</source>
        <translation>--crossfade muss eine Bildanzahl von 0 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quality must be a number from 0 to 100.</source>
        <translation>--quality muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps must be a frame rate above 0 and at most 240.</source>
        <translation>--fps muss eine Bildrate über 0 und höchstens 240 sein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 of %2 frames</source>
        <translation>%1 von %2 Bildern exportiert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its first frame, the same picture as the last one before it.</source>
        <translation>Verbindet Clips in ihrer Reihenfolge und speichert sie als eine MP4-, WebM-, GIF- oder animierte WebP-Datei oder als Ordner nummerierter PNG-Einzelbilder. Ein Clip, der den vorherigen fortsetzt (laut seiner Herkunft), verliert sein erstes Bild: dasselbe Bild wie das letzte davor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips (MP4 files) or library ids, in order.</source>
        <translation>Clips (MP4-Dateien) oder Bibliotheks-IDs, in Reihenfolge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INPUT...</source>
        <translation>EINGABE...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With one input: only frames IN to OUT (from 0, both included).</source>
        <translation>Bei einer Eingabe: nur die Bilder IN bis OUT (ab 0, beide eingeschlossen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the clips to export: wanstudio export INPUT... --format mp4 --out FILE</source>
        <translation>nennen Sie die zu exportierenden Clips: wanstudio export EINGABE... --format mp4 --out DATEI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trim goes with a single input; several inputs are exported whole.</source>
        <translation>--trim gilt nur für eine einzelne Eingabe; mehrere Eingaben werden vollständig exportiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trim must be IN:OUT, two frame indexes from 0 (0:40).</source>
        <translation>--trim muss IN:OUT sein, zwei Bildnummern ab 0 (0:40).</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>With --out: an existing file there may be replaced.</source>
        <translation>Mit --out: Eine dort vorhandene Datei darf ersetzt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: --id takes the number of a run in the library (see `wanstudio library list`).</source>
        <translation>Fehler: --id erwartet die Nummer eines Durchlaufs in der Bibliothek (siehe `wanstudio library list`).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the library could not be used: %1</source>
        <translation>Fehler: Die Bibliothek konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 is left alone: another Wan Studio process (pid %2) is working on it.</source>
        <translation>Durchlauf %1 bleibt unberührt: Ein anderer Wan-Studio-Prozess (PID %2) bearbeitet ihn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 has nothing to resume: it is finished, or not in the library.</source>
        <translation>Durchlauf %1 hat nichts fortzusetzen: Er ist abgeschlossen oder nicht in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: its clip had been saved: %2</source>
        <translation>Durchlauf %1: Sein Clip war bereits gespeichert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2</source>
        <translation>Durchlauf %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n Durchlauf wurde eingereiht, aber nie gesendet; `wanstudio resume --queued` sendet ihn.</numerusform>
            <numerusform>%n Durchläufe wurden eingereiht, aber nie gesendet; `wanstudio resume --queued` sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume.</source>
        <translation>Nichts fortzusetzen.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+149"/>
        <location line="+4"/>
        <source>Run %1:</source>
        <translation>Durchlauf %1:</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>Fehler: %n Durchlauf würde in die eine Datei %1 gespeichert; geben Sie einen Ordner an oder wählen Sie mit --id einen Durchlauf.</numerusform>
            <numerusform>Fehler: %n Durchläufe würden in die eine Datei %1 gespeichert; geben Sie einen Ordner an oder wählen Sie mit --id einen Durchlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.</source>
        <translation>`wanstudio resume --id %1 --out FOLDER` speichert ihn anderswo; bis dahin geht nichts verloren.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Resuming run %1 (request %2)</source>
        <translation>Durchlauf %1 wird fortgesetzt (Anfrage %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs whose prompt contains these words.</source>
        <translation>Nur Durchläufe, deren Prompt diese Wörter enthält.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>Höchstens so viele Durchläufe (Standard 50).</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Lists the runs in the library, shows one, or the chain of continuations that leads to one. `library rebuild --help` tells how to list the clips again.</source>
        <translation>Listet die Durchläufe in der Bibliothek auf, zeigt einen an oder die Kette der Fortsetzungen, die zu einem führt. `library rebuild --help` erklärt, wie die Clips neu erfasst werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID, chain ID, or rebuild</source>
        <translation>list, show ID, chain ID oder rebuild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.</source>
        <translation>Fehler: Geben Sie `library list`, `library show ID`, `library chain ID` oder `library rebuild` an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Error: there is no run %1 in the library.</source>
        <translation>Fehler: In der Bibliothek gibt es keinen Durchlauf %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: run %1 continued run %2 from frame %3, which is no longer in the library; the chain is listed from run %1.</source>
        <translation>Hinweis: Durchlauf %1 setzte Durchlauf %2 ab Bild %3 fort, der nicht mehr in der Bibliothek ist; die Kette wird ab Durchlauf %1 aufgeführt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The library is empty.</source>
        <translation>Die Bibliothek ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/rebuildcommand.cpp" line="+20"/>
        <source>Lists the clips of the results folder, the library&apos;s media folder and any --from folder in the library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside (never deleted) and a fresh one is made; clips already listed are not added twice.</source>
        <translation>Erfasst die Clips des Ergebnisordners, des Medienordners der Bibliothek und aller --from-Ordner neu in der Bibliothek: jedes MP4, das Wan-Studio-Einstellungen enthält. Eine beschädigte Bibliothek wird beiseitegelegt (nie gelöscht) und eine neue angelegt; bereits erfasste Clips werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also look in this folder (and its subfolders); may be given more than once.</source>
        <translation>Auch in diesem Ordner (und seinen Unterordnern) suchen; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 is not a folder.</source>
        <translation>Fehler: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged library was moved aside to %1.</source>
        <translation>Die beschädigte Bibliothek wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the library could not be rebuilt: %1</source>
        <translation>Fehler: Die Bibliothek konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>%n Clip gefunden</numerusform>
            <numerusform>%n Clips gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>%n übersprungen (%1 bereits erfasst, %2 ohne Wan-Studio-Einstellungen).</numerusform>
            <numerusform>%n übersprungen (%1 bereits erfasst, %2 ohne Wan-Studio-Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/framecommand.cpp" line="-9"/>
        <source>Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip&apos;s full size. The PNG carries the clip&apos;s name, the frame&apos;s number and the run&apos;s settings.</source>
        <translation>Speichert ein Bild eines Clips als PNG, genau das angefragte, in voller Größe des Clips. Das PNG trägt den Namen des Clips, die Nummer des Bildes und die Einstellungen des Durchlaufs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip (an MP4).</source>
        <translation>Der Clip (ein MP4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which frame: first, last (the default), an index from 0 (40), or a time in seconds with a decimal point (2.5; the frame the player shows at that time).</source>
        <translation>Welches Bild: first (das erste), last (das letzte, Standard), ein Index ab 0 (40) oder eine Zeit in Sekunden mit Dezimalpunkt (2.5; das Bild, das der Player zu dieser Zeit zeigt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first|last|N|SECONDS</source>
        <translation>first|last|N|SEKUNDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the PNG.</source>
        <translation>Wohin das PNG gespeichert wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the clip to take the frame from: wanstudio frame CLIP --out FILE.png</source>
        <translation>geben Sie den Clip an, aus dem das Bild stammen soll: wanstudio frame CLIP --out DATEI.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one clip at a time; also got %1.</source>
        <translation>ein Clip auf einmal; außerdem erhalten: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out is required: where to save the PNG.</source>
        <translation>--out ist erforderlich: wohin das PNG gespeichert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must name a .png file (the frame is saved as PNG): %1</source>
        <translation>--out muss eine .png-Datei angeben (das Bild wird als PNG gespeichert): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/continuefrom.cpp" line="+30"/>
        <location filename="../app/cli/sequencecommand.cpp" line="+62"/>
        <source>there is no run %1 in the library.</source>
        <translation>Es gibt keinen Durchlauf %1 in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 has no finished clip to continue from.</source>
        <translation>Durchlauf %1 hat keinen fertigen Clip, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/sequencecommand.cpp" line="-9"/>
        <source>name the sequence and its clips: wanstudio sequence create NAME ID...</source>
        <translation>nennen Sie die Sequenz und ihre Clips: wanstudio sequence create NAME ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sequence needs at least one clip: wanstudio sequence create NAME ID...</source>
        <translation>eine Sequenz braucht mindestens einen Clip: wanstudio sequence create NAME ID...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 has no finished clip to put in a sequence.</source>
        <translation>Lauf %1 hat keinen fertigen Clip für eine Sequenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: the sequence could not be saved: %1</source>
        <translation>Fehler: die Sequenz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports a sequence: its clips joined in order, with the seam rule and the crossfade the sequence keeps at each join, or as an MLT project (--format mlt) for Shotcut and Kdenlive, crossfades included.</source>
        <translation>Exportiert eine Sequenz: ihre Clips der Reihe nach verbunden, mit der Nahtregel und der Überblendung, die die Sequenz an jeder Verbindung speichert, oder als MLT-Projekt (--format mlt) für Shotcut und Kdenlive, samt Überblendungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence&apos;s id (wanstudio sequence list).</source>
        <translation>Die ID der Sequenz (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one sequence: wanstudio sequence export ID --format mp4 --out FILE</source>
        <translation>nennen Sie eine Sequenz: wanstudio sequence export ID --format mp4 --out DATEI</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>there is no sequence %1 in the library (wanstudio sequence list).</source>
        <translation>in der Bibliothek gibt es keine Sequenz %1 (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>sequence %1 is empty: there is nothing to export.</source>
        <translation>Sequenz %1 ist leer: es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order</source>
        <translation>Aufruf: wanstudio sequence create NAME ID...   eine neue Sequenz aus Bibliotheksläufen, in Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence list             the sequences in the library</source>
        <translation>       wanstudio sequence list             die Sequenzen in der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence show ID          a sequence&apos;s clips</source>
        <translation>       wanstudio sequence show ID          die Clips einer Sequenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH</source>
        <translation>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PFAD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sequence command “%1”: use create, list, show or export.</source>
        <translation>unbekannter Sequenzbefehl „%1“: verwenden Sie create, list, show oder export.</translation>
    </message>
    <message>
        <location filename="../app/cli/spendcommand.cpp" line="-115"/>
        <source>What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the cost of failed and expired runs. Costs are the service&apos;s own figures; where it charged a run without saying how much, the model&apos;s typical cost is counted and marked as estimated.</source>
        <translation>Was Ihre Läufe gekostet haben, laut Bibliothek: insgesamt, je Tag, Woche und Monat, je behaltenem (favorisiertem) Clip sowie die Kosten fehlgeschlagener und abgelaufener Läufe. Die Kosten sind die Angaben des Dienstes; wo er einen Lauf berechnet hat, ohne den Betrag zu nennen, werden die typischen Kosten des Modells gezählt und als geschätzt markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count runs from this local date on (YYYY-MM-DD).</source>
        <translation>Läufe ab diesem lokalen Datum zählen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object with the totals and the series.</source>
        <translation>Ein JSON-Objekt mit den Summen und den Reihen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a date written YYYY-MM-DD, such as 2026-12-01; not &quot;%1&quot;.</source>
        <translation>--since erwartet ein Datum der Form JJJJ-MM-TT, etwa 2026-12-01; nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Seit %1: %2 Credits für %n berechneten Lauf.</numerusform>
            <numerusform>Seit %1: %2 Credits für %n berechnete Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Insgesamt: %1 Credits für %n berechneten Lauf.</numerusform>
            <numerusform>Insgesamt: %1 Credits für %n berechnete Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n Lauf mit den typischen Kosten gezählt: Der Dienst hat nicht gesagt, was er gekostet hat.</numerusform>
            <numerusform>%n Läufe mit den typischen Kosten gezählt: Der Dienst hat nicht gesagt, was sie gekostet haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Je behaltenem Clip: %1 Credits (%n Favorit).</numerusform>
            <numerusform>Je behaltenem Clip: %1 Credits (%n Favoriten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Fehlgeschlagene, abgebrochene und abgelaufene Läufe: %n Lauf, %1 Credits.</numerusform>
            <numerusform>Fehlgeschlagene, abgebrochene und abgelaufene Läufe: %n Läufe, %1 Credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Lauf wurde möglicherweise ohne erfasste Kosten berechnet; Ihre Segmind-Konsole führt ihn auf.</numerusform>
            <numerusform>%n fehlgeschlagene Läufe wurden möglicherweise ohne erfasste Kosten berechnet; Ihre Segmind-Konsole führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month %1: %2 credits</source>
        <translation>Monat %1: %2 Credits</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, reads and changes the settings a script needs. The API key is not a setting: it comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>Listet, liest und ändert die Einstellungen, die ein Skript braucht. Der API-Schlüssel ist keine Einstellung: Er kommt aus SEGMIND_API_KEY oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list, get SCHLÜSSEL oder set SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list and get: JSON instead of text.</source>
        <translation>list und get: JSON statt Text.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Es gibt keine Einstellung „%1“. Die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Use: wanstudio settings list | get KEY | set KEY VALUE.</source>
        <translation>Verwendung: wanstudio settings list | get SCHLÜSSEL | set SCHLÜSSEL WERT.</translation>
    </message>
</context>
<context>
    <name>wan::core::ApiKeyStore</name>
    <message>
        <location filename="../app/core/apikeystore.cpp" line="+32"/>
        <source>The system keychain could not be used (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht entfernen (%1).</translation>
    </message>
</context>
<context>
    <name>wan::core::CreditTracker</name>
    <message>
        <location filename="../app/core/credittracker.cpp" line="+33"/>
        <source>Credits: unknown</source>
        <translation>Credits: unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: %1</source>
        <translation>Credits: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last run %1)</source>
        <translation>(letzter Durchlauf %1)</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelDescription</name>
    <message>
        <location filename="../app/core/modeldescription.cpp" line="+54"/>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image URL</source>
        <translation>eine Bild-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text that is not empty</source>
        <translation>nicht leerer Text</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model description is not valid JSON: %1</source>
        <translation>Die Modellbeschreibung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model description is not a JSON object.</source>
        <translation>Die Modellbeschreibung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model description has no id or endpoint.</source>
        <translation>Die Modellbeschreibung hat keine ID oder keinen Endpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model endpoint &quot;%1&quot; is not a plain name.</source>
        <translation>Der Modellendpunkt „%1“ ist kein einfacher Name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model description lists no parameters.</source>
        <translation>Die Modellbeschreibung führt keine Parameter auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter of the model description has no name or an unknown type.</source>
        <translation>Ein Parameter der Modellbeschreibung hat keinen Namen oder einen unbekannten Typ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; is described twice.</source>
        <translation>Der Parameter „%1“ ist doppelt beschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter &quot;%1&quot; has an invalid range.</source>
        <translation>Der Parameter „%1“ hat einen ungültigen Bereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; needs a range.</source>
        <translation>Der Parameter „%1“ braucht einen Bereich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parameter &quot;%1&quot; lists no allowed values.</source>
        <translation>Der Parameter „%1“ führt keine erlaubten Werte auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of &quot;%1&quot; is outside its own range.</source>
        <translation>Der Standardwert von „%1“ liegt außerhalb seines eigenen Bereichs.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>%1 must be %2 (%3).</source>
        <translation>%1 muss %2 sein (%3).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not text</source>
        <translation>es ist kein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>got %1</source>
        <translation>erhalten: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a value that is not text</source>
        <translation>ein Wert, der kein Text ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a whole number</source>
        <translation>es ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not fit in 64 bits</source>
        <translation>es passt nicht in 64 Bit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a number</source>
        <translation>es ist keine Zahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>got &quot;%1&quot;</source>
        <translation>erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; does not fit in 64 bits</source>
        <translation>„%1“ passt nicht in 64 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelText</name>
    <message>
        <location filename="../app/core/modeltext.cpp" line="+13"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input image URL for video base. Choose a detailed image for best results.</source>
        <translation>Ausgangsbild für das Video. Ein detailreiches Bild liefert die besten Ergebnisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptive prompt for video content. Include vivid details for a richer video.</source>
        <translation>Beschreibender Prompt für den Videoinhalt. Lebendige Details ergeben ein reicheres Video.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility.</source>
        <translation>Bestimmt den Zufall; leer lassen für völlig zufällige Ergebnisse. Ein fester Seed macht Ergebnisse reproduzierbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates faster video generation. Disable for quality over speed.</source>
        <translation>Aktiviert eine schnellere Videoerzeugung. Ausschalten, wenn Qualität vor Geschwindigkeit geht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video frame count; 81 frames for optimal detail. Increase for smoother motion.</source>
        <translation>Anzahl der Bilder im Video; 81 Bilder für optimale Details. Mehr Bilder für flüssigere Bewegung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video resolution. Use 720p for higher clarity, 480p for faster generation.</source>
        <translation>Videoauflösung: 720p für mehr Schärfe, 480p für schnellere Erzeugung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos.</source>
        <translation>Legt das Seitenverhältnis fest. 16:9 für Quer- und 9:16 für Hochformat-Videos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample shift</source>
        <translation>Sample-Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusts image sampling shift. Use lower values for subtle changes.</source>
        <translation>Stellt die Verschiebung beim Sampling ein. Niedrigere Werte für subtile Änderungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determines video smoothness. Choose 16 fps for optimal balance.</source>
        <translation>Bestimmt, wie flüssig das Video ist. 16 fps bieten die beste Balance.</translation>
    </message>
</context>
<context>
    <name>wan::core::OutputPlace</name>
    <message>
        <location filename="../app/core/outputplace.cpp" line="+89"/>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the MP4 file to save the video in.</source>
        <translation>Geben Sie die MP4-Datei an, in der das Video gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the PNG file to save the frame in.</source>
        <translation>Geben Sie die PNG-Datei an, in der das Bild gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is a folder, not a file.</source>
        <translation>Der Ausgabeort „%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name inside it, for example “%1”.</source>
        <translation>Geben Sie einen Dateinamen darin an, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The output file “%1” is the clip the frame comes from: saving the frame there would destroy it.</source>
        <translation>Die Ausgabedatei „%1“ ist der Clip, aus dem das Bild stammt: Das Bild dort zu speichern, würde ihn zerstören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the frame, ending in .png.</source>
        <translation>Wählen Sie einen anderen Namen für das Bild, mit der Endung .png.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” is the input picture: saving the video there would destroy it.</source>
        <translation>Die Ausgabedatei „%1“ ist das Eingabebild: Das Video dort zu speichern, würde es zerstören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the video.</source>
        <translation>Wählen Sie einen anderen Namen für das Video.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the frame there would destroy it.</source>
        <translation>Die Ausgabedatei „%1“ ist eine der eigenen Dateien von Wan Studio (Bibliothek, Einstellungen oder Upload-Cache): Das Bild dort zu speichern, würde sie zerstören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the video there would destroy it.</source>
        <translation>Die Ausgabedatei „%1“ ist eine der eigenen Dateien von Wan Studio (Bibliothek, Einstellungen oder Upload-Cache): Das Video dort zu speichern, würde sie zerstören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose a file outside Wan Studio&apos;s data folder, for example in your Videos folder.</source>
        <translation>Wählen Sie eine Datei außerhalb des Datenordners von Wan Studio, zum Beispiel in Ihrem Ordner „Videos“.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The output file “%1” is inside a folder Wan Studio manages (“%2”).</source>
        <translation>Die Ausgabedatei „%1“ liegt in einem Ordner, den Wan Studio verwaltet („%2“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is not a regular file (a device, pipe or socket).</source>
        <translation>Der Ausgabeort „%1“ ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name an ordinary MP4 file to save the video in.</source>
        <translation>Geben Sie eine normale MP4-Datei an, in der das Video gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name an ordinary PNG file to save the frame in.</source>
        <translation>Geben Sie eine normale PNG-Datei an, in der das Bild gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” already exists.</source>
        <translation>Die Ausgabedatei „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen (--overwrite auf der Kommandozeile).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder for “%1” cannot be created: “%2” is a file.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden: „%2“ ist eine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an output file in a folder that exists or can be created.</source>
        <translation>Wählen Sie eine Ausgabedatei in einem Ordner, der existiert oder angelegt werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the frame could not be saved as “%3”.</source>
        <translation>Wan Studio kann nicht in den Ordner „%1“ schreiben (%2), daher konnte das Bild nicht als „%3“ gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the video could not be saved as “%3”.</source>
        <translation>Wan Studio kann nicht in den Ordner „%1“ schreiben (%2), daher konnte das Video nicht als „%3“ gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben können, oder prüfen Sie seine Berechtigungen und den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>wan::core::PromptAlternatives</name>
    <message>
        <location filename="../app/core/promptalternatives.cpp" line="+62"/>
        <source>Character %1 opens a group inside the group opened at character %2: &quot;%3&quot;. Groups cannot be nested; close the first one with }, or write \{ for a literal brace.</source>
        <translation>Zeichen %1 öffnet eine Gruppe innerhalb der bei Zeichen %2 geöffneten Gruppe: „%3“. Gruppen können nicht verschachtelt werden; schließen Sie die erste mit }, oder schreiben Sie \{ für eine geschweifte Klammer als Text.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character %1 closes a group that was never opened: &quot;%2&quot;. Open it with {, or write \} for a literal brace.</source>
        <translation>Zeichen %1 schließt eine Gruppe, die nie geöffnet wurde: „%2“. Öffnen Sie sie mit {, oder schreiben Sie \} für eine geschweifte Klammer als Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group at character %1 has nothing to choose from: &quot;%2&quot;. Write the alternatives between the braces, separated by |.</source>
        <translation>Die Gruppe bei Zeichen %1 enthält nichts zur Auswahl: „%2“. Schreiben Sie die Alternativen zwischen die Klammern, getrennt durch |.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group opened at character %1 is never closed: &quot;%2&quot;. Close it with }, or write \{ for a literal brace.</source>
        <translation>Die bei Zeichen %1 geöffnete Gruppe wird nie geschlossen: „%2“. Schließen Sie sie mit }, oder schreiben Sie \{ für eine geschweifte Klammer als Text.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt&apos;s alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some alternatives.</source>
        <translation>Die Alternativen des Prompts ergeben %1 Prompts (%2); höchstens %3 können auf einmal geplant werden. Entfernen Sie einige Alternativen.</translation>
    </message>
</context>
<context>
    <name>wan::core::ScriptableSettings</name>
    <message>
        <location filename="../app/core/scriptablesettings.cpp" line="+39"/>
        <source>Credits a day&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Credits, die die Läufe eines Tages kosten dürfen, bevor ein Lauf zurückgehalten wird; 0 heißt kein Limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits a month&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Credits, die die Läufe eines Monats kosten dürfen, bevor ein Lauf zurückgehalten wird; 0 heißt kein Limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async (submit and poll) or sync (one long call).</source>
        <translation>async (senden und abfragen) oder sync (ein langer Aufruf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once in the window: 1 to %1.</source>
        <translation>Gleichzeitige Läufe im Fenster: 1 bis %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where clips are saved; empty means the data folder&apos;s results.</source>
        <translation>Wo Clips gespeichert werden; leer heißt der Ergebnisordner im Datenordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications when a run ends: true or false.</source>
        <translation>Desktop-Benachrichtigungen, wenn ein Lauf endet: true oder false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s language code (en, de, es, fr, ja, zh_CN); empty means the system&apos;s.</source>
        <translation>Der Sprachcode des Fensters (en, de, es, fr, ja, zh_CN); leer heißt die des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system, light, dark or highContrast.</source>
        <translation>system, light, dark oder highContrast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>Die Adresse der API; leer heißt die von Segmind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload service&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>Die Adresse des Upload-Dienstes; leer heißt die von Segmind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine Anzahl Credits, 0 oder mehr (0: kein Limit), etwa 5 oder 2.50; nicht „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is async or sync, not &quot;%2&quot;.</source>
        <translation>%1 ist async oder sync, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 ist eine ganze Zahl von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is true or false, not &quot;%2&quot;.</source>
        <translation>%1 ist true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of %2, or empty for the system&apos;s; not &quot;%3&quot;.</source>
        <translation>%1 ist eines von %2 oder leer für die des Systems; nicht „%3“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 ist eines von %2, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an http or https address, or empty for Segmind&apos;s own; not &quot;%2&quot;.</source>
        <translation>%1 ist eine http- oder https-Adresse oder leer für die von Segmind; nicht „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set from the command line.</source>
        <translation>%1 kann nicht über die Befehlszeile gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>wan::core::ShotVocabulary</name>
    <message>
        <location filename="../app/core/shotvocabulary.cpp" line="+19"/>
        <source>Camera moves</source>
        <translation>Kamerabewegungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels toward the subject.</source>
        <translation>Die Kamera fährt auf das Motiv zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels away from the subject.</source>
        <translation>Die Kamera fährt vom Motiv weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns to the left on the spot.</source>
        <translation>Die Kamera schwenkt auf der Stelle nach links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns upward on the spot.</source>
        <translation>Die Kamera neigt sich auf der Stelle nach oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera circles the subject from above.</source>
        <translation>Die Kamera umkreist das Motiv von oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera follows the subject with a slight shake.</source>
        <translation>Die Kamera folgt dem Motiv mit leichtem Wackeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not move; only the scene does.</source>
        <translation>Die Kamera bewegt sich nicht; nur die Szene bewegt sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shot sizes</source>
        <translation>Einstellungsgrößen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail fills the frame, such as an eye or a hand.</source>
        <translation>Ein Detail füllt das Bild, etwa ein Auge oder eine Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A face or one object fills most of the frame.</source>
        <translation>Ein Gesicht oder ein Gegenstand füllt den Großteil des Bildes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person from the waist up.</source>
        <translation>Eine Person von der Hüfte aufwärts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole subject with plenty of its surroundings.</source>
        <translation>Das ganze Motiv mit viel Umgebung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenses and focus</source>
        <translation>Objektive und Schärfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is sharp and the background soft.</source>
        <translation>Das Motiv ist scharf, der Hintergrund weich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focus shifts from one subject to another during the shot.</source>
        <translation>Die Schärfe wandert während der Einstellung von einem Motiv zum anderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wide view with stretched edges and deep space.</source>
        <translation>Ein weiter Blick mit gedehnten Rändern und tiefem Raum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow view that flattens distance.</source>
        <translation>Ein enger Blick, der Entfernungen staucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm, low sunlight shortly before sunset.</source>
        <translation>Warmes, flaches Sonnenlicht kurz vor Sonnenuntergang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool, soft light just after sunset.</source>
        <translation>Kühles, weiches Licht kurz nach Sonnenuntergang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The light comes from behind the subject, outlining it.</source>
        <translation>Das Licht kommt von hinten und zeichnet die Umrisse des Motivs nach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even light from a cloudy sky, with faint shadows.</source>
        <translation>Gleichmäßiges Licht eines bewölkten Himmels mit schwachen Schatten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion speed</source>
        <translation>Bewegungstempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement is slowed down and smooth.</source>
        <translation>Bewegungen sind verlangsamt und fließend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time passes quickly: clouds race and light changes.</source>
        <translation>Die Zeit vergeht schnell: Wolken jagen, das Licht wechselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, calm motions in the scene.</source>
        <translation>Kleine, ruhige Bewegungen in der Szene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look of a feature film: graded colour and careful framing.</source>
        <translation>Der Look eines Kinofilms: gegradete Farben und sorgfältige Bildgestaltung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft, hazy and slightly unreal.</source>
        <translation>Weich, dunstig und ein wenig unwirklich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark tones and strong contrast.</source>
        <translation>Dunkle Töne und starke Kontraste.</translation>
    </message>
</context>
<context>
    <name>wan::image::ImageInspector</name>
    <message>
        <location filename="../app/image/imageinspector.cpp" line="+145"/>
        <source>The pasted image could not be saved: %1.</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that there is free disk space, then paste again.</source>
        <translation>Prüfen Sie, ob genug Speicherplatz frei ist, und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be encoded as PNG</source>
        <translation>es konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1x%2 → %3x%4, JPEG %5</source>
        <extracomment>Original pixel size → size of the JPEG that is uploaded, and its file size</extracomment>
        <translation>%1x%2 → %3x%4, JPEG %5</translation>
    </message>
</context>
<context>
    <name>wan::image::ImagePreparer</name>
    <message>
        <location filename="../app/image/imagepreparer.cpp" line="+283"/>
        <source>“%1” could not be found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists, or choose it again.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert, oder wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a picture.</source>
        <translation>„%1“ ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file inside it instead.</source>
        <translation>Wählen Sie stattdessen eine Bilddatei darin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a picture file but a pipe, socket or device, so it cannot be read.</source>
        <translation>„%1“ ist keine Bilddatei, sondern eine Pipe, ein Socket oder ein Gerät und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file saved on a disk.</source>
        <translation>Wählen Sie eine Bilddatei, die auf einem Datenträger gespeichert ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be opened for reading.</source>
        <translation>„%1“ kann nicht zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you are allowed to read it (its permissions), or copy it to a folder you can read.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen (ihre Berechtigungen), oder kopieren Sie sie in einen Ordner, den Sie lesen können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>“%1” is too large (%2 MB).</source>
        <translation>„%1“ ist zu groß (%2 MB).</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Use a smaller picture, or reduce it in an image editor first.</source>
        <translation>Verwenden Sie ein kleineres Bild oder verkleinern Sie es zuerst in einem Bildbearbeitungsprogramm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network share is available, then try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk oder die Netzwerkfreigabe verfügbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be decoded.</source>
        <translation>„%1“ konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may be damaged; try opening it in an image editor and saving it again.</source>
        <translation>Die Datei ist möglicherweise beschädigt; öffnen Sie sie in einem Bildbearbeitungsprogramm und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large: %2 × %3 pixels (the limit is %4 megapixels).</source>
        <translation>„%1“ ist zu groß: %2 × %3 Pixel (die Grenze liegt bei %4 Megapixeln).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce it in an image editor to a few thousand pixels on each side, then try again.</source>
        <translation>Verkleinern Sie es in einem Bildbearbeitungsprogramm auf einige tausend Pixel pro Seite und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>„%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may not have finished copying or downloading; choose it again when it has.</source>
        <translation>Die Datei wurde möglicherweise noch nicht vollständig kopiert oder heruntergeladen; wählen Sie sie erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a %2 image, which this system cannot decode.</source>
        <translation>„%1“ ist ein %2-Bild, das dieses System nicht dekodieren kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to JPEG or PNG first (most photo apps can export it).</source>
        <translation>Wandeln Sie es zuerst in JPEG oder PNG um (die meisten Foto-Apps können es exportieren).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is incomplete: the file ends before the picture does.</source>
        <translation>„%1“ ist unvollständig: Die Datei endet vor dem Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or download the file again, or choose another picture.</source>
        <translation>Kopieren oder laden Sie die Datei erneut, oder wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a picture.</source>
        <translation>„%1“ ist kein Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.</source>
        <translation>Wählen Sie ein JPEG-, PNG-, WebP-, GIF-, BMP- oder TIFF-Bild.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a %2 picture of %3 × %4 pixels; pictures in that format are read only up to %5 megapixels (JPEG and PNG up to %6).</source>
        <translation>„%1“ ist ein %2-Bild mit %3 × %4 Pixeln; Bilder in diesem Format werden nur bis %5 Megapixel gelesen (JPEG und PNG bis %6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it as JPEG or PNG (any image editor can), or make it smaller, then try again.</source>
        <translation>Speichern Sie es als JPEG oder PNG (das kann jedes Bildbearbeitungsprogramm) oder verkleinern Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is %2 × %3 pixels, too long and narrow for the video: the picture sent would be %4 × %5 pixels (the limit is %6 megapixels).</source>
        <translation>„%1“ hat %2 × %3 Pixel und ist zu lang und schmal für das Video: Das gesendete Bild hätte %4 × %5 Pixel (die Grenze liegt bei %6 Megapixeln).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop it closer to the video&apos;s shape (16:9 or 9:16), then try again.</source>
        <translation>Schneiden Sie es näher an das Format des Videos zu (16:9 oder 9:16) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Animated image: only the first frame is used.</source>
        <translation>Animiertes Bild: Nur das erste Einzelbild wird verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds several pictures: only the first is used.</source>
        <translation>Die Datei enthält mehrere Bilder: Nur das erste wird verwendet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” (%2 × %3 pixels) would need about %4 MB of memory to decode at 16 bits per channel; the limit is %5 MB.</source>
        <translation>„%1“ (%2 × %3 Pixel) bräuchte zum Dekodieren mit 16 Bit pro Kanal etwa %4 MB Speicher; die Grenze liegt bei %5 MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it with 8 bits per channel, or smaller, in an image editor, then try again.</source>
        <translation>Speichern Sie es in einem Bildbearbeitungsprogramm mit 8 Bit pro Kanal oder kleiner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be converted to JPEG.</source>
        <translation>„%1“ konnte nicht in JPEG umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, save the picture as PNG and use that.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, speichern Sie das Bild als PNG und verwenden Sie dieses.</translation>
    </message>
</context>
<context>
    <name>wan::image::PngScaledReader</name>
    <message>
        <location filename="../app/image/pngscaledreader.cpp" line="+322"/>
        <location line="+6"/>
        <source>the PNG decoder could not start</source>
        <translation>der PNG-Decoder konnte nicht starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is not enough memory for the scaled picture</source>
        <translation>für das skalierte Bild ist nicht genug Speicher vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PNG data is damaged</source>
        <translation>die PNG-Daten sind beschädigt</translation>
    </message>
</context>
<context>
    <name>wan::image::RemoteImage</name>
    <message>
        <location filename="../app/image/remoteimage.cpp" line="+87"/>
        <source>%1 Use an address that starts with https://, or save the picture and choose the file.</source>
        <translation>%1 Verwenden Sie eine Adresse, die mit https:// beginnt, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sent the picture on to “%2”, which is not a secure (https) address, so Wan Studio did not follow. Save the picture from your browser and choose the file instead.</source>
        <translation>%1 hat das Bild an „%2“ weitergeleitet, eine unsichere Adresse (kein https), daher ist Wan Studio nicht gefolgt. Speichern Sie das Bild aus Ihrem Browser und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.</source>
        <translation>%1 hat das Bild immer wieder an andere Adressen weitergeleitet. Speichern Sie es aus Ihrem Browser und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>Das Bild unter %1 ist %2 groß, mehr als die %3, die Wan Studio für ein Bild herunterlädt. Speichern Sie es, verkleinern Sie es und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>%1 answered with a web page, not a picture. Copy the address of the picture itself (right-click it, “Copy Image Address”), or save it and choose the file.</source>
        <translation>%1 hat mit einer Webseite geantwortet, nicht mit einem Bild. Kopieren Sie die Adresse des Bildes selbst (Rechtsklick darauf, „Bildadresse kopieren“) oder speichern Sie es und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>Das Bild unter %1 ist größer als %2, das Maximum, das Wan Studio für ein Bild herunterlädt. Speichern Sie es, verkleinern Sie es und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.</source>
        <translation>%1 antwortete mit HTTP %2: Unter dieser Adresse gibt es kein Bild. Prüfen Sie die Adresse oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.</source>
        <translation>%1 antwortete mit HTTP %2: Das Bild ist nicht öffentlich. Speichern Sie es aus Ihrem Browser und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.</source>
        <translation>%1 antwortete mit HTTP %2: Der Server hat ein Problem. Versuchen Sie es später erneut, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 antwortete mit HTTP %2, statt das Bild zu senden. Prüfen Sie die Adresse, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 hat statt eines Bildes eine leere Antwort gesendet. Prüfen Sie die Adresse, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 sent is not a picture. Check that the address ends at the picture itself, or save it and choose the file.</source>
        <translation>Was %1 gesendet hat, ist kein Bild. Prüfen Sie, ob die Adresse direkt auf das Bild zeigt, oder speichern Sie es und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Versuchen Sie es erneut, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be reached (%2). Check the address and your internet connection.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file instead.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden (%2). Speichern Sie das Bild aus Ihrem Browser und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.</source>
        <translation>Das Bild unter %1 konnte nicht heruntergeladen werden (%2). Prüfen Sie die Adresse, oder speichern Sie das Bild und wählen Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BatchPlan</name>
    <message>
        <location filename="../app/jobs/batchplan_p.h" line="+44"/>
        <source>%1 %2</source>
        <comment>a planned run&apos;s label: parameter name, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan.cpp" line="+82"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+88"/>
        <source>%1 has no seed to vary.</source>
        <translation>%1 hat keinen Seed, der variiert werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+7"/>
        <location line="+31"/>
        <location line="+43"/>
        <source>A batch has %1 to %2 runs (asked for %3).</source>
        <translation>Ein Stapel umfasst %1 bis %2 Durchläufe (angefordert: %3).</translation>
    </message>
    <message numerus="yes">
        <location line="-55"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-68"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>Aufeinanderfolgende Seeds müssen zwischen 0 und %1 liegen: %n Durchlauf ab %2 würde bei %3 enden.</numerusform>
            <numerusform>Aufeinanderfolgende Seeds müssen zwischen 0 und %1 liegen: %n Durchläufe ab %2 würden bei %3 enden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>Es konnte nicht %n eindeutiger Seed gezogen werden.</numerusform>
            <numerusform>Es konnten nicht %n verschiedene Seeds gezogen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 ist kein Parameter von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with variations; a sweep keeps it fixed.</source>
        <translation>Variieren Sie den Seed mit Variationen; eine Reihe hält ihn fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+40"/>
        <source>%1 is not a number, so it cannot be swept.</source>
        <translation>%1 ist keine Zahl und kann daher nicht in einer Reihe variiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+4"/>
        <source>Enter at least one value of %1.</source>
        <translation>Geben Sie mindestens einen Wert für %1 ein.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 %2 is listed more than once.</source>
        <translation>%1 %2 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Enter the values to try, separated by commas.</source>
        <translation>Geben Sie die zu testenden Werte durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From, to and step must be numbers.</source>
        <translation>Von, Bis und Schritt müssen Zahlen sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be greater than 0.</source>
        <translation>Der Schritt muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2 in steps of %3 makes more than %4 runs.</source>
        <translation>Von %1 bis %2 in Schritten von %3 ergibt mehr als %4 Durchläufe.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No runs planned.</source>
        <translation>Keine Durchläufe geplant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n Durchlauf, etwa %1 Credits</numerusform>
            <numerusform>%n Durchläufe, etwa %1 Credits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance is unknown, so the batch runs until the service refuses</source>
        <translation>%1; Ihr Guthaben ist unbekannt, daher läuft der Stapel, bis der Dienst ablehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; your balance %2</source>
        <translation>%1; Ihr Guthaben: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1; Ihr Guthaben von %2 reicht für %n Durchlauf</numerusform>
            <numerusform>%1; Ihr Guthaben von %2 reicht für %n Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance %2 does not cover one run</source>
        <translation>%1; Ihr Guthaben von %2 reicht nicht für einen Durchlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1; Ihr Guthaben von %2 reicht nur für %n von %3: Der Stapel stoppt, sobald das Guthaben den nächsten Durchlauf nicht mehr deckt</numerusform>
            <numerusform>%1; Ihr Guthaben von %2 reicht nur für %n von %3: Der Stapel stoppt, sobald das Guthaben den nächsten Durchlauf nicht mehr deckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-129"/>
        <source>(nothing)</source>
        <comment>a prompt alternative that is empty</comment>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>prompt</source>
        <comment>an axis of a grid: the prompt&apos;s alternatives</comment>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt has no alternatives to vary: write them as {golden hour|blue hour}.</source>
        <translation>Der Prompt hat keine Alternativen zum Variieren: Schreiben Sie sie als {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Seed %1 is outside 0 to %2.</source>
        <translation>Seed %1 liegt außerhalb von 0 bis %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed %1 is listed more than once.</source>
        <translation>Seed %1 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2; the numbers that can be varied are %3.</source>
        <translation>%1 ist kein Parameter von %2; variieren lassen sich die Zahlen %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with seeds; a sweep keeps it fixed.</source>
        <translation>Variieren Sie den Seed mit Seeds; eine Reihe hält ihn fest.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.</source>
        <translation>Diese Auswahl ergibt %1 Läufe (%2); ein Stapel hat höchstens %3. Variieren Sie weniger auf einmal.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>At most %1 parameters can be swept at once (asked for %2).</source>
        <translation>Höchstens %1 Parameter können auf einmal variiert werden (verlangt: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies a parameter; the prompt and the seed have their own options.</source>
        <translation>Eine Reihe variiert einen Parameter; Prompt und Seed haben eigene Optionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is swept twice; list all its values in one sweep.</source>
        <translation>%1 wird zweimal variiert; führen Sie alle Werte in einer Reihe auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a number of seeds or a list of seeds, not both.</source>
        <translation>Geben Sie entweder eine Anzahl Seeds oder eine Liste von Seeds an, nicht beides.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows and the columns vary the same thing; choose two different axes.</source>
        <translation>Zeilen und Spalten variieren dasselbe; wählen Sie zwei verschiedene Achsen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt has alternatives in braces: make the prompt one of the grid&apos;s axes, or remove the braces.</source>
        <translation>Der Prompt hat Alternativen in Klammern: Machen Sie den Prompt zu einer Achse des Rasters oder entfernen Sie die Klammern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A grid has at most %1 rows (asked for %2).</source>
        <translation>Ein Raster hat höchstens %1 Zeilen (verlangt: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grid has at most %1 columns (asked for %2).</source>
        <translation>Ein Raster hat höchstens %1 Spalten (verlangt: %2).</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>%1 Credits ausgegeben, einschließlich %n noch laufenden Laufs</numerusform>
            <numerusform>%1 Credits ausgegeben, einschließlich %n noch laufender Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits spent</source>
        <translation>%1 Credits ausgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.</source>
        <translation>Von Ihrem Tagesbudget von %1 Credits zurückgehalten: %2 heute, und dies würde etwa %3 mehr kosten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.</source>
        <translation>Von Ihrem Monatsbudget von %1 Credits zurückgehalten: %2 in diesem Monat, und dies würde etwa %3 mehr kosten.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetGuard</name>
    <message>
        <location filename="../app/jobs/budgetguard.cpp" line="+40"/>
        <source>Nothing was sent for it. Send it anyway, or raise the cap in Settings.</source>
        <translation>Nichts davon wurde gesendet. Senden Sie ihn trotzdem, oder erhöhen Sie das Limit in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::Continuation</name>
    <message>
        <location filename="../app/jobs/continuation.cpp" line="+114"/>
        <source>The frame could not be saved in the library&apos;s media folder.</source>
        <translation>Das Bild konnte nicht im Medienordner der Bibliothek gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::ExportInputs</name>
    <message>
        <location filename="../app/jobs/exportinputs.cpp" line="+73"/>
        <source>There is no run %1 in the library.</source>
        <translation>In der Bibliothek gibt es keinen Durchlauf %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Run %1 has no finished clip to export.</source>
        <translation>Lauf %1 hat keinen fertigen Clip zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="+75"/>
        <source>There is nothing to export: choose at least one clip.</source>
        <translation>Es gibt nichts zu exportieren: Wählen Sie mindestens einen Clip.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message>
        <location filename="../app/jobs/finishnotices.cpp" line="+16"/>
        <source>A batch was stopped</source>
        <translation>Ein Stapel wurde angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>Ihr Guthaben reicht nicht für den nächsten Durchlauf; %n Durchlauf wurde nicht gesendet.</numerusform>
            <numerusform>Ihr Guthaben reicht nicht für den nächsten Durchlauf; %n Durchläufe wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your clip is ready</source>
        <translation>Ihr Clip ist fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run failed</source>
        <translation>Ein Durchlauf ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n Clip fertig</numerusform>
            <numerusform>%n Clips fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch finished with failures</source>
        <translation>Ein Stapel wurde mit Fehlern beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your batch is ready</source>
        <translation>Ihr Stapel ist fertig</translation>
    </message>
</context>
<context>
    <name>wan::jobs::GenerationJob</name>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+61"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the image</source>
        <translation>Bild wird vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading the image</source>
        <translation>Bild wird hochgeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 ist kein Parameter von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the value and try again; nothing was sent.</source>
        <translation>Korrigieren Sie den Wert und versuchen Sie es erneut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the client is gone</source>
        <translation>der Client ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image address cannot be used: %1</source>
        <translation>Die Bildadresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// image address, or choose a file on this computer.</source>
        <translation>Verwenden Sie eine https://-Bildadresse oder wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The clip had been saved before Wan Studio stopped: %1</source>
        <translation>Der Clip war bereits gespeichert, bevor Wan Studio beendet wurde: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_image.cpp" line="+166"/>
        <source>Upload failed (%1); trying again in %2 s.</source>
        <translation>Hochladen fehlgeschlagen (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+45"/>
        <source>Waiting %1 s for the service&apos;s rate limit window to open.</source>
        <translation>Wartet %1 s, bis das Ratenlimit des Dienstes wieder Anfragen zulässt.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The run could not be recorded in the library (is the disk full?), so it was not sent; nothing was charged.</source>
        <translation>Der Durchlauf konnte nicht in der Bibliothek gespeichert werden (ist der Datenträger voll?) und wurde daher nicht gesendet; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space, then send it again.</source>
        <translation>Geben Sie Speicherplatz frei und senden Sie ihn dann erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="+112"/>
        <source>Rate limited by the service; trying again in %1 s.</source>
        <translation>Vom Dienst begrenzt; neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service may have accepted this run and may charge for it, so Wan Studio will not send it again by itself. Check the request history in your Segmind console before generating again.</source>
        <translation>Der Dienst hat diesen Durchlauf möglicherweise angenommen und berechnet ihn eventuell, daher sendet Wan Studio ihn nicht von selbst erneut. Prüfen Sie den Anfrageverlauf in Ihrer Segmind-Konsole, bevor Sie erneut generieren.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waiting for the run</source>
        <translation>Warten auf den Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still on the service; resume it later to fetch the result (it is kept for an hour).</source>
        <translation>Der Durchlauf ist noch beim Dienst; setzen Sie ihn später fort, um das Ergebnis abzuholen (es wird eine Stunde lang aufbewahrt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking progress failed (%1); trying again.</source>
        <translation>Fortschrittsabfrage fehlgeschlagen (%1); neuer Versuch.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-66"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-16"/>
        <source>Fetching the result failed (%1); trying again.</source>
        <translation>Abrufen des Ergebnisses fehlgeschlagen (%1); neuer Versuch.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>downloading the video</source>
        <translation>Herunterladen des Videos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clip was saved, but without its settings inside: %1</source>
        <translation>Der Clip wurde gespeichert, aber ohne die eingebetteten Einstellungen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The finished video is no longer available for download (HTTP %1).</source>
        <translation>Das fertige Video kann nicht mehr heruntergeladen werden (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download failed (%1); trying again.</source>
        <translation>Herunterladen fehlgeschlagen (%1); neuer Versuch.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run may have finished and been charged, but the one-call API keeps no copy to download again. Submit-and-poll mode (the default) can fetch a result again after a dropped connection.</source>
        <translation>Der Durchlauf ist möglicherweise fertig und berechnet worden, aber die Ein-Aufruf-API bewahrt keine Kopie zum erneuten Herunterladen auf. Der Modus „Absenden und abfragen“ (Standard) kann ein Ergebnis nach einem Verbindungsabbruch erneut abholen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running the generation</source>
        <translation>Ausführen der Generierung</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobListModel</name>
    <message>
        <location filename="../app/jobs/joblistmodel.cpp" line="+125"/>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · running in another Wan Studio window or process (%2)</source>
        <translation>%1 · läuft in einem anderen Wan-Studio-Fenster oder -Prozess (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a free slot</source>
        <translation>Wartet auf einen freien Platz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of about %3</source>
        <translation>%1 · %2 von etwa %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1%</source>
        <translation>Herunterladen %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · in another window</source>
        <translation>%1 · in einem anderen Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by a budget cap</source>
        <translation>Von einem Budgetlimit angehalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 / ~%2</source>
        <comment>elapsed time / expected time of a run</comment>
        <translation>%1 / ~%2</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="+150"/>
        <source>the run could not be recorded in the library, so it was not sent</source>
        <translation>der Durchlauf konnte nicht in der Bibliothek erfasst werden und wurde daher nicht gesendet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not sent: the balance would not cover this run. Nothing was charged for it.</source>
        <translation>Nicht gesendet: Das Guthaben würde diesen Durchlauf nicht decken. Dafür wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Discarded before it was sent; nothing was charged.</source>
        <translation>Vor dem Senden verworfen; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_elsewhere.cpp" line="+122"/>
        <source>The Wan Studio process sending this run stopped; whether the service received it is unknown.</source>
        <translation>Der Wan-Studio-Prozess, der diesen Durchlauf gesendet hat, wurde beendet; ob der Dienst ihn erhalten hat, ist unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.</source>
        <translation>Nicht gesendet: Der Wan-Studio-Prozess, der ihn vorbereitet hat, wurde beendet. Er wird unter „Durchläufe nicht gesendet“ erneut angeboten.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_hold.cpp" line="+69"/>
        <source>Waiting: an earlier run of its batch is held by a budget cap.</source>
        <translation>Wartet: Ein früherer Durchlauf seiner Reihe wird von einem Budgetlimit angehalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent, at your word; nothing was charged for it.</source>
        <translation>Auf Ihren Wunsch nicht gesendet; nichts wurde dafür berechnet.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::RunRecorder</name>
    <message>
        <location filename="../app/jobs/runrecorder.cpp" line="+240"/>
        <source>The library could not record this run&apos;s progress (is the disk full, or is the database held by another program?). Wan Studio keeps trying.</source>
        <translation>Die Bibliothek konnte den Fortschritt dieses Durchlaufs nicht erfassen (ist der Datenträger voll oder wird die Datenbank von einem anderen Programm blockiert?). Wan Studio versucht es weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library could not record that the service accepted this run as request %1 (is the disk full, or is the database held by another program?). Wan Studio keeps trying and the run goes on; keep the request id, your Segmind console lists the run under it.</source>
        <translation>Die Bibliothek konnte nicht erfassen, dass der Dienst diesen Durchlauf als Anfrage %1 angenommen hat (ist der Datenträger voll oder wird die Datenbank von einem anderen Programm blockiert?). Wan Studio versucht es weiter, und der Durchlauf läuft weiter; notieren Sie die Anfrage-ID, Ihre Segmind-Konsole führt den Durchlauf darunter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library still could not record this run; free some disk space.</source>
        <translation>Die Bibliothek konnte diesen Durchlauf weiterhin nicht erfassen; geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library still could not record this run (request %1); free some disk space. Keep the request id: your Segmind console lists the run under it.</source>
        <translation>Die Bibliothek konnte diesen Durchlauf (Anfrage %1) weiterhin nicht erfassen; geben Sie Speicherplatz frei. Notieren Sie die Anfrage-ID: Ihre Segmind-Konsole führt den Durchlauf darunter.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wan Studio stopped while this run was being sent; whether the service received it is unknown.</source>
        <translation>Wan Studio wurde beendet, während dieser Durchlauf gesendet wurde; ob der Dienst ihn erhalten hat, ist unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the request history in your Segmind console before generating it again.</source>
        <translation>Prüfen Sie den Anfrageverlauf in Ihrer Segmind-Konsole, bevor Sie ihn erneut generieren.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SequenceTimeline</name>
    <message>
        <location filename="../app/jobs/sequencetimeline.cpp" line="+64"/>
        <source>Run %1 of the sequence is no longer in the library. Remove it from the sequence.</source>
        <translation>Durchlauf %1 der Sequenz ist nicht mehr in der Bibliothek. Entfernen Sie ihn aus der Sequenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of the sequence has no finished clip.</source>
        <translation>Durchlauf %1 der Sequenz hat keinen fertigen Clip.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SessionClips</name>
    <message>
        <location filename="../app/jobs/sessionclips.cpp" line="+41"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seed %2</source>
        <translation>%1, Seed %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Seed %2</source>
        <translation>%1
Seed %2</translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n Lauf setzt diesen Clip fort.</numerusform>
            <numerusform>%n Läufe setzen diesen Clip fort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>continues a clip from elsewhere, from frame %1</source>
        <translation>setzt einen Clip von anderswo fort, ab Bild %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues #%1 (deleted) from frame %2</source>
        <translation>setzt #%1 (gelöscht) ab Bild %2 fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continues #%1 from frame %2</source>
        <translation>setzt #%1 ab Bild %2 fort</translation>
    </message>
</context>
<context>
    <name>wan::library::Library</name>
    <message>
        <location filename="../app/library/library.cpp" line="+239"/>
        <location line="+22"/>
        <location filename="../app/library/library_p.h" line="+46"/>
        <location filename="../app/library/library_sequences.cpp" line="+50"/>
        <location line="+22"/>
        <source>The library database could not be used: %1</source>
        <translation>Die Bibliotheksdatenbank konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_p.h" line="+6"/>
        <source>The library is not open.</source>
        <translation>Die Bibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-172"/>
        <location line="+77"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>Die Bibliothek %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.</source>
        <translation>Die Bibliothek %1 ist beschädigt oder keine Wan-Studio-Bibliothek (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a Wan Studio library. It was left as it is.</source>
        <translation>Die Datei %1 ist keine Wan-Studio-Bibliothek. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).</source>
        <translation>Die Bibliothek %1 wurde von einer neueren Version von Wan Studio geschrieben (Schema %2; diese Version liest %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 could not be checked (%2). It was left as it is.</source>
        <translation>Die Bibliothek %1 konnte nicht geprüft werden (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library %1 is damaged (%2). It was left as it is.</source>
        <translation>Die Bibliothek %1 ist beschädigt (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The library %1 could not be set up: %2</source>
        <translation>Die Bibliothek %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library %1 could not be upgraded and was left at its previous version: %2</source>
        <translation>Die Bibliothek %1 konnte nicht aktualisiert werden und blieb auf ihrer vorherigen Version: %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+108"/>
        <location line="+20"/>
        <location filename="../app/library/library_owners.cpp" line="+45"/>
        <source>There is no run %1 in the library.</source>
        <translation>In der Bibliothek gibt es keinen Durchlauf %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The run was removed, but these files could not be deleted: %1</source>
        <translation>Der Durchlauf wurde entfernt, aber diese Dateien konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_sequences.cpp" line="+86"/>
        <source>There is no sequence %1 in the library: it may have been deleted.</source>
        <translation>Es gibt keine Sequenz %1 in der Bibliothek: Sie wurde vielleicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>wan::library::LibraryRebuild</name>
    <message>
        <location filename="../app/library/libraryrebuild.cpp" line="+69"/>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its settings are not those of a Wan Studio run</source>
        <translation>seine Einstellungen sind nicht die eines Wan-Studio-Durchlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wan::library::Mp4Metadata</name>
    <message>
        <location filename="../app/library/mp4metadata.cpp" line="+220"/>
        <source>its index (moov box) is damaged</source>
        <translation>sein Index (moov-Box) ist beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a fragmented MP4, which is not supported</source>
        <translation>es ist ein fragmentiertes MP4, das nicht unterstützt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its user data (udta box) is damaged</source>
        <translation>seine Benutzerdaten (udta-Box) sind beschädigt</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+84"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a complete MP4 video: %2</source>
        <translation>%1 ist kein vollständiges MP4-Video: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 has two indexes (moov boxes)</source>
        <translation>%1 hat zwei Indizes (moov-Boxen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an index (moov box) too large to edit</source>
        <translation>%1 hat einen Index (moov-Box), der zu groß zum Bearbeiten ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written beside the video: %2</source>
        <translation>%1 kann nicht neben das Video geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rewritten video failed its check: %1</source>
        <translation>das neu geschriebene Video hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rewritten video does not give its settings back: %1</source>
        <translation>das neu geschriebene Video gibt seine Einstellungen nicht zurück: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rewritten video gives different settings back</source>
        <translation>das neu geschriebene Video gibt andere Einstellungen zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be replaced</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an MP4 video</source>
        <translation>%1 ist kein MP4-Video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no index (moov box); it is incomplete</source>
        <translation>%1 hat keinen Index (moov-Box); es ist unvollständig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the settings in %1 are damaged: %2</source>
        <translation>die Einstellungen in %1 sind beschädigt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Wan Studio settings</source>
        <translation>%1 enthält keine Wan-Studio-Einstellungen</translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message>
        <location filename="../app/media/clipframes.cpp" line="+64"/>
        <source>The clip “%1” does not exist.</source>
        <translation>Der Clip „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file: give the path of an MP4 clip.</source>
        <translation>„%1“ ist keine Datei: Geben Sie den Pfad eines MP4-Clips an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip “%1” cannot be read: %2.</source>
        <translation>Der Clip „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty (0 bytes): it holds no video.</source>
        <translation>Die Datei „%1“ ist leer (0 Bytes): Sie enthält kein Video.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio decodes clips with, could not be loaded: %1</source>
        <translation>Die FFmpeg-Bibliotheken, mit denen Wan Studio Clips dekodiert, konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The clip “%1” is incomplete (%2): it was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>Der Clip „%1“ ist unvollständig (%2): Er wurde wahrscheinlich beim Speichern, Kopieren oder Herunterladen abgeschnitten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is not a video: it is not in a format FFmpeg can read.</source>
        <translation>Die Datei „%1“ ist kein Video: Sie liegt in keinem Format vor, das FFmpeg lesen kann.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video in “%1” is %2, which this computer&apos;s FFmpeg cannot decode.</source>
        <translation>Das Video in „%1“ ist %2, was das FFmpeg dieses Computers nicht dekodieren kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds no video stream (only sound or other data).</source>
        <translation>Die Datei „%1“ enthält keinen Videostream (nur Ton oder andere Daten).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video in “%1” does not say its frame rate, so its frames cannot be numbered.</source>
        <translation>Das Video in „%1“ gibt seine Bildrate nicht an, daher können seine Bilder nicht nummeriert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to decode “%1”.</source>
        <translation>Nicht genug Speicher, um „%1“ zu dekodieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The video in “%1” (%2) cannot be decoded: %3.</source>
        <translation>Das Video in „%1“ (%2) kann nicht dekodiert werden: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip “%1” holds no video frames.</source>
        <translation>Der Clip „%1“ enthält keine Videobilder.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clip “%1” is incomplete: the file ends after %2 of its %3 frames. It was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>Der Clip „%1“ ist unvollständig: Die Datei endet nach %2 seiner %3 Bilder. Er wurde wahrscheinlich beim Speichern, Kopieren oder Herunterladen abgeschnitten.</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>Bild %1 liegt hinter dem Ende von „%2“: Der Clip hat %n Bild, nummeriert von 0 bis %3.</numerusform>
            <numerusform>Bild %1 liegt hinter dem Ende von „%2“: Der Clip hat %n Bilder, nummeriert von 0 bis %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 s liegt hinter dem Ende von „%2“: Der Clip dauert %3 s (%n Bild mit %4 fps; das letzte beginnt bei %5 s).</numerusform>
            <numerusform>%1 s liegt hinter dem Ende von „%2“: Der Clip dauert %3 s (%n Bilder mit %4 fps; das letzte beginnt bei %5 s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>No clip is open.</source>
        <translation>Kein Clip ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/media/clipframes_decode.cpp" line="+72"/>
        <source>“%1” cannot be read from its start.</source>
        <translation>„%1“ kann nicht von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 of “%2” is missing: the decoder went on to frame %3. The clip may be damaged.</source>
        <translation>Bild %1 von „%2“ fehlt: Der Decoder ging weiter zu Bild %3. Der Clip ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be decoded: %2.</source>
        <translation>„%1“ konnte nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame %1 of “%2” could not be decoded: the clip is damaged.</source>
        <translation>Bild %1 von „%2“ konnte nicht dekodiert werden: Der Clip ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” ends at frame %2, before frame %3, although it says it has %4 frames: the clip is damaged or cut short.</source>
        <translation>„%1“ endet bei Bild %2, vor Bild %3, obwohl er angibt, %4 Bilder zu haben: Der Clip ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frames of “%1” (%2) cannot be converted to RGB.</source>
        <translation>Die Bilder von „%1“ (%2) können nicht in RGB umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory for a %1x%2 frame.</source>
        <translation>Nicht genug Speicher für ein Bild von %1x%2.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePng</name>
    <message>
        <location filename="../app/media/framepng.cpp" line="+133"/>
        <source>The frame could not be saved as “%1”: %2</source>
        <translation>Das Bild konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no picture to save.</source>
        <translation>es gibt kein Bild zum Speichern.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePosition</name>
    <message>
        <location filename="../app/media/frameposition.cpp" line="+31"/>
        <source>“%1” is not a frame: frames count from 0 (the first), and times from 0.0 seconds.</source>
        <translation>„%1“ ist kein Bild: Bilder zählen ab 0 (das erste), Zeiten ab 0.0 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a frame: give first, last, a frame index from 0 (for example 40) or a time in seconds with a decimal point (for example 2.5).</source>
        <translation>„%1“ ist kein Bild: Geben Sie first, last, einen Bildindex ab 0 (zum Beispiel 40) oder eine Zeit in Sekunden mit Dezimalpunkt an (zum Beispiel 2.5).</translation>
    </message>
</context>
<context>
    <name>wan::media::VideoExport</name>
    <message>
        <location filename="../app/media/mltproject.cpp" line="+24"/>
        <location filename="../app/media/videoexport.cpp" line="+285"/>
        <source>There is nothing to export: name at least one clip.</source>
        <translation>Es gibt nichts zu exportieren: nennen Sie mindestens einen Clip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/media/videoexport.cpp" line="+93"/>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/media/videoexport.cpp" line="-58"/>
        <source>The trim %1:%2 is outside “%3”: its frames are numbered 0 to %4, and the in point must not come after the out point.</source>
        <translation>Der Zuschnitt %1:%2 liegt außerhalb von „%3“: seine Bilder sind von 0 bis %4 nummeriert, und der Anfang darf nicht nach dem Ende liegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/media/videoexport.cpp" line="-22"/>
        <source>There are %1 joins but %2 crossfades: give one crossfade per join.</source>
        <translation>Es gibt %1 Verbindungen, aber %2 Überblendungen: Geben Sie eine Überblendung pro Verbindung an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <location filename="../app/media/videoexport.cpp" line="+229"/>
        <location filename="../app/media/videoexport_write.cpp" line="+30"/>
        <source>The export could not be written in “%1”: %2. Nothing was left behind.</source>
        <translation>Der Export konnte nicht in „%1“ geschrieben werden: %2. Es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="-415"/>
        <location line="+23"/>
        <location line="+372"/>
        <location line="+40"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Say where to save the export.</source>
        <translation>Geben Sie an, wohin der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the crossfade 0 frames or more.</source>
        <translation>Die Größe muss 16 bis 8192 Pixel betragen, die Bildrate über 0 und höchstens 240 liegen und die Überblendung 0 Bilder oder mehr umfassen.</translation>
    </message>
    <message>
        <location filename="../app/media/mltproject.cpp" line="-131"/>
        <location filename="../app/media/videoexport.cpp" line="+58"/>
        <source>A crossfade of %1 frames does not fit: “%2” has only %3 frames to blend (%4 needed). Choose a shorter crossfade.</source>
        <translation>Eine Überblendung von %1 Bildern passt nicht: „%2“ hat nur %3 Bilder zum Überblenden (%4 nötig). Wählen Sie eine kürzere Überblendung.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="+25"/>
        <source>“%1” already exists: the frames go into a new or empty folder. Choose another name.</source>
        <translation>„%1“ existiert bereits: die Einzelbilder kommen in einen neuen oder leeren Ordner. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the clips being exported: choose another name.</source>
        <translation>„%1“ ist einer der exportierten Clips: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” cannot be written.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio exports with, could not be loaded: %1</source>
        <translation>Die FFmpeg-Bibliotheken, mit denen Wan Studio exportiert, konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../app/media/videoexport_copy.cpp" line="+206"/>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>Der Export wurde abgebrochen; es blieb nichts zurück.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The export could not be put in place as “%1”: %2. Nothing was left behind.</source>
        <translation>Der Export konnte nicht als „%1“ abgelegt werden: %2. Es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_copy.cpp" line="-36"/>
        <source>The clips could not be copied: %1.</source>
        <translation>Die Clips konnten nicht kopiert werden: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clips could not be copied: a clip could not be read again.</source>
        <translation>Die Clips konnten nicht kopiert werden: ein Clip ließ sich nicht erneut lesen.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_read.cpp" line="+94"/>
        <location line="+48"/>
        <source>“%1” cannot be decoded: %2</source>
        <translation>„%1“ kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the clip ends at frame %1, before frame %2: it is damaged or cut short.</source>
        <translation>der Clip endet bei Bild %1, vor Bild %2: er ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_write.cpp" line="-5"/>
        <source>The disk is full (or the file grew past the size this computer allows): the export did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>Der Datenträger ist voll (oder die Datei überschritt die auf diesem Computer erlaubte Größe): der Export passte nicht in „%1“. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ort und exportieren Sie erneut; es blieb nichts zurück.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The encoder (%1) failed: %2.</source>
        <translation>Der Encoder (%1) ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This computer&apos;s FFmpeg has no %1 encoder, which this format needs. Install Debian&apos;s libavcodec59 (packaging/install-deps.sh) or choose another format.</source>
        <translation>Das FFmpeg dieses Computers hat keinen %1-Encoder, den dieses Format braucht. Installieren Sie Debians libavcodec59 (packaging/install-deps.sh) oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The disk is full: the frames did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>Der Datenträger ist voll: die Einzelbilder passten nicht in „%1“. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ort und exportieren Sie erneut; es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_spill.cpp" line="+33"/>
        <source>The frames to play back could not be kept in “%1”: %2. Free some space there, or export without ping-pong.</source>
        <translation>Die Bilder für den Rücklauf konnten nicht in „%1“ abgelegt werden: %2. Schaffen Sie dort Platz oder exportieren Sie ohne Ping-Pong.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>a picture of another kind</source>
        <translation>ein Bild anderer Art</translation>
    </message>
</context>
<context>
    <name>wan::ui::Appearance</name>
    <message>
        <location filename="../ui/common/appearance.cpp" line="+154"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
</context>
<context>
    <name>wan::ui::ClipStrip</name>
    <message>
        <location filename="../ui/player/clipstrip.cpp" line="+208"/>
        <source>Session clips</source>
        <translation>Clips dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s clips, newest first. Click one to play it.</source>
        <translation>Die Clips dieser Sitzung, neueste zuerst. Klicken Sie auf einen, um ihn abzuspielen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, at the same moment, playing or paused as it was.</source>
        <translation>%1 und %2 wechseln zum neueren bzw. älteren Clip; %3 schaltet zwischen diesem Clip und dem zuvor gezeigten um, an derselben Stelle, abspielend oder pausiert wie zuvor.</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareCaption</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+285"/>
        <source>Settings of clip %1</source>
        <translation>Einstellungen von Clip %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareLockstep</name>
    <message>
        <location filename="../ui/gallery/comparelockstep.cpp" line="+133"/>
        <location line="+53"/>
        <source>the file is damaged or not a video</source>
        <translation>die Datei ist beschädigt oder kein Video</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareSummary</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+47"/>
        <source>Same for all: %1</source>
        <translation>Bei allen gleich: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>%n Durchlauf ohne fertiges Video wurde ausgelassen.</numerusform>
            <numerusform>%n Durchläufe ohne fertiges Video wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 runs are compared.</source>
        <translation>Nur die ersten %1 Durchläufe werden verglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+202"/>
        <source>Choose two to four finished runs to compare.</source>
        <translation>Wählen Sie zwei bis vier fertige Durchläufe zum Vergleichen.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>Clip %1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Compare Runs</source>
        <translation>Durchläufe vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery/compareview_frames.cpp" line="+51"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Bild als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y Frame</source>
        <translation>Bild kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Ab &amp;diesem Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Ab letztem &amp;Bild fortsetzen</translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+87"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the clips…</source>
        <translation>Die Clips werden gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4-Video (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>WebM-Video (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (loops, 256 colours)</source>
        <translation>GIF (in Schleife, 256 Farben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated WebP (loops)</source>
        <translation>Animiertes WebP (in Schleife)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>PNG-Einzelbilder (ein Ordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best (larger file)</source>
        <translation>Beste (größere Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller file</source>
        <translation>Kleinere Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the clip&apos;s</source>
        <translation>Wie im Clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &amp;rate:</source>
        <translation>Bild&amp;rate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ping-pong loop: forward, then back</source>
        <translation>&amp;Ping-Pong-Schleife: vorwärts, dann rückwärts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fr&amp;om frame:</source>
        <translation>&amp;Von Bild:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To frame:</source>
        <translation>&amp;Bis Bild:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossfa&amp;de at joins:</source>
        <translation>Überblendung a&amp;n Übergängen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Match colours where a clip continues the one before</source>
        <translation>Farben &amp;angleichen, wo ein Clip den vorigen fortsetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A continuation&apos;s colours drift a little from the frame it starts from; this corrects each continuing clip toward that frame, so the joins do not jump in colour.</source>
        <translation>Die Farben einer Fortsetzung weichen etwas vom Bild ab, mit dem sie beginnt; dies gleicht jeden fortsetzenden Clip an dieses Bild an, damit die Übergänge farblich nicht springen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;in Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be exported: %1</source>
        <translation>Es kann nichts exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>„%1“: %n Bild, %2 × %3, %4 fps.</numerusform>
            <numerusform>„%1“: %n Bilder, %2 × %3, %4 fps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n Clip: insgesamt %1 Bilder.</numerusform>
            <numerusform>%n Clips, in dieser Reihenfolge verbunden: insgesamt %1 Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>%n davon setzt den Clip davor fort und wiederholt dessen letztes Bild: Dieses Bild wird einmal gezeigt.</numerusform>
            <numerusform>%n davon setzen den Clip davor fort und wiederholen dessen letztes Bild: Dieses Bild wird einmal gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Use the sequence&apos;s crossfade at each join (%1 frames)</source>
        <translation>Die Überblendung der &amp;Sequenz an jedem Übergang verwenden (%1 Bilder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncheck to use the one crossfade above at every join instead</source>
        <translation>Abwählen, um stattdessen die eine Überblendung oben an jedem Übergang zu verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these clips continues the one before it: there is no join to match.</source>
        <translation>Keiner dieser Clips setzt den vorigen fort: Es gibt keinen Übergang zum Angleichen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Original (%1 × %2)</source>
        <translation>Original (%1 × %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the clip&apos;s (%1 fps)</source>
        <translation>Wie im Clip (%1 fps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (*.webm)</source>
        <translation>WebM-Video (*.webm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP (*.webp)</source>
        <translation>WebP (*.webp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder for the frames (*)</source>
        <translation>Ein neuer Ordner für die Bilder (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export As</source>
        <translation>Exportieren unter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+47"/>
        <source>Say where to save the export: a file name in “Save as”.</source>
        <translation>Geben Sie an, wo der Export gespeichert werden soll: einen Dateinamen unter „Speichern unter“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the export…</source>
        <translation>Der Export beginnt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>„%1“ existiert bereits. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: choose another name, or agree to replace the file.</source>
        <translation>Es wurde nichts exportiert: Wählen Sie einen anderen Namen oder stimmen Sie dem Ersetzen der Datei zu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting: frame %1 of %2</source>
        <translation>Export: Bild %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Minute</numerusform>
            <numerusform>, noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Sekunde</numerusform>
            <numerusform>, noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>„%1“ gespeichert: %n Bild, %2 × %3.</numerusform>
            <numerusform>„%1“ gespeichert: %n Bilder, %2 × %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clips were copied as they are, without encoding them again.</source>
        <translation>Die Clips wurden unverändert kopiert, ohne sie neu zu kodieren.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelling the export…</source>
        <translation>Der Export wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>wan::ui::FrameSaver</name>
    <message>
        <location filename="../ui/common/framesaver.cpp" line="+30"/>
        <source>last frame</source>
        <translation>letztes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame</source>
        <translation>erstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Frame as PNG</source>
        <translation>Bild als PNG speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The frame could not be taken from the clip: %1</source>
        <translation>Das Bild konnte nicht aus dem Clip geholt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame %1 (%2x%3) copied.</source>
        <translation>Bild %1 (%2x%3) kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 saved as “%2”.</source>
        <translation>Bild %1 gespeichert als „%2“.</translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+66"/>
        <source>Preparing preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress…</source>
        <translation>In Bearbeitung…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>%n Fortsetzung</numerusform>
            <numerusform>%n Fortsetzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery/galleryview.cpp" line="+53"/>
        <source>Delete Clips</source>
        <translation>Clips löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Favourites &amp;only</source>
        <translation>Nur &amp;Favoriten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip actions</source>
        <translation>Clip-Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four finished clips side by side (C)</source>
        <translation>Zwei bis vier fertige Clips nebeneinander vergleichen (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same image as selected</source>
        <translation>Gleiches Bild wie ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No clips match.</source>
        <translation>Keine passenden Clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move %n clip(s) to the trash?</source>
        <translation>
            <numerusform>%n Clip in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Clips in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n Lauf setzt diese Clips fort. Er behält seinen Clip und zeigt, dass der fortgesetzte Clip gelöscht wurde.</numerusform>
            <numerusform>%n Läufe setzen diese Clips fort. Sie behalten ihre Clips, und jeder zeigt, dass der fortgesetzte Clip gelöscht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the clip “%1”.</source>
        <translation>Der Clip „%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing clips made from “%1”</source>
        <translation>Clips aus „%1“ werden angezeigt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/gallery/galleryview_frames.cpp" line="+89"/>
        <source>Continue from last frame</source>
        <translation>Ab letztem Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run (E)</source>
        <translation>Das exakte letzte Bild des Clips wird zum Bild des nächsten Laufs (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chain</source>
        <translation>Kette zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the clips this one continues, from the first shot to this one, one after the other (H)</source>
        <translation>Spielt die Clips, die dieser fortsetzt, vom ersten Shot bis zu diesem, nacheinander ab (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)</source>
        <translation>Die ausgewählten Clips verbunden als MP4, WebM, GIF, WebP oder PNG-Einzelbilder speichern (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save first frame as PNG…</source>
        <translation>Erstes Bild als PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save last frame as PNG…</source>
        <translation>Letztes Bild als PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy first frame</source>
        <translation>Erstes Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last frame</source>
        <translation>Letztes Bild kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>wan::ui::GridView</name>
    <message>
        <location filename="../ui/gallery/gridview.cpp" line="+130"/>
        <source>%1 ↓
%2 →</source>
        <comment>grid corner: the rows&apos; axis, the columns&apos; axis</comment>
        <translation>%1 ↓
%2 →</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+55"/>
        <location line="+158"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1
%2</source>
        <comment>a grid cell: its place, then its run&apos;s state</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Clip %1, %2 cannot be played: %3</source>
        <translation>Clip %1, %2 lässt sich nicht abspielen: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid: %1 × %2</source>
        <translation>Raster: %1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%1 von %n Lauf fertig. Zeilen: %2; Spalten: %3. Die fertigen Clips laufen gemeinsam; ein Doppelklick auf einen Clip oder seine Schaltfläche öffnet ihn im Studio.</numerusform>
            <numerusform>%1 von %n Läufen fertig. Zeilen: %2; Spalten: %3. Die fertigen Clips laufen gemeinsam; ein Doppelklick auf einen Clip oder seine Schaltfläche öffnet ihn im Studio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in Studio</source>
        <translation>Im Studio öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays this clip (%1) in the studio&apos;s player.</source>
        <translation>Spielt diesen Clip (%1) im Player des Studios ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::HeldRunsBox</name>
    <message>
        <location filename="../ui/dialogs/heldrunsbox.cpp" line="+19"/>
        <source>Runs not sent</source>
        <translation>Durchläufe nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>%n in einer früheren Sitzung eingereihter Durchlauf wurde nie gesendet. Jetzt senden?</numerusform>
            <numerusform>%n in einer früheren Sitzung eingereihte Durchläufe wurden nie gesendet. Jetzt senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>Dafür wurde nichts berechnet. Das Senden kostet etwa %1 Credits. Wenn Sie ihn inzwischen erneut erstellt haben, wählen Sie Verwerfen.</numerusform>
            <numerusform>Dafür wurde nichts berechnet. Das Senden kostet etwa %1 Credits. Wenn Sie sie inzwischen erneut erstellt haben, wählen Sie Verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · queued %2 · %3</source>
        <translation>#%1 · eingereiht %2 · %3</translation>
    </message>
</context>
<context>
    <name>wan::ui::ImageWell</name>
    <message>
        <location filename="../ui/studio/imagewell.cpp" line="+122"/>
        <location line="+4"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The picture the video starts from. Click (or press Space) to choose a file, drop one here, or paste one with Ctrl+V. The bright frame is the part the video keeps.</source>
        <translation>Das Bild, mit dem das Video beginnt. Klicken (oder Leertaste drücken), um eine Datei zu wählen, eine hier ablegen oder mit Strg+V einfügen. Der helle Rahmen ist der Teil, den das Video behält.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size of the picture → size it is uploaded at (just enough to cover the video frame).</source>
        <translation>Größe des Bildes → Größe beim Hochladen (gerade genug, um das Videobild abzudecken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste an https:// image address</source>
        <translation>oder eine https://-Bildadresse einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address of a picture; press Enter to load it. It is downloaded without your API key, for the preview and the upload.</source>
        <translation>Die https://-Adresse eines Bildes; Eingabetaste lädt es. Es wird ohne Ihren API-Schlüssel heruntergeladen, für die Vorschau und den Upload.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Downloading image…</source>
        <translation>Bild wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading image…</source>
        <translation>Bild wird gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving pasted image…</source>
        <translation>Eingefügtes Bild wird gespeichert…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.</source>
        <translation>Noch kein Bild gewählt. JPEG, PNG, WebP, BMP, TIFF oder GIF.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a picture, an image file or an https:// image address, then paste again.</source>
        <translation>Kopieren Sie ein Bild, eine Bilddatei oder eine https://-Bildadresse und fügen Sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/studio/imagewell_paint.cpp" line="+75"/>
        <source>Click to choose an image,
or drop or paste one here</source>
        <translation>Klicken, um ein Bild zu wählen,
oder hier ablegen oder einfügen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Video frame %1x%2</source>
        <translation>Videobild %1x%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+109"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+28"/>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+0"/>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="+55"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Newer Clip</source>
        <translation>&amp;Neuerer Clip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older Clip</source>
        <translation>Ä&amp;lterer Clip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flip to the Clip Before (A/B)</source>
        <translation>&amp;Umschalten zum Clip davor (A/B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Runs</source>
        <translation>&amp;Durchläufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+33"/>
        <source>Local demo: no AI, no real credits</source>
        <translation>Lokale Demo: keine KI, keine echten Credits</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+1"/>
        <location line="+42"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this image, prompt and parameters to %1 (Ctrl+Enter). About %2 credits.</source>
        <translation>Dieses Bild, den Prompt und die Parameter an %1 senden (Strg+Eingabe). Etwa %2 Credits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Generate is unavailable</source>
        <translation>Warum Generieren nicht verfügbar ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>Status des Durchlaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-42"/>
        <source>&amp;Cancel run</source>
        <translation>Durchlauf abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run progress</source>
        <translation>Fortschritt des Durchlaufs</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-1"/>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="-28"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+46"/>
        <source>Se&amp;quences</source>
        <translation>Se&amp;quenzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Clip As…</source>
        <translation>Clip &amp;speichern unter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>Parameter auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Variations and Sweeps…</source>
        <translation>&amp;Variationen und Reihen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;pending…</source>
        <translation>Ausgabe&amp;n…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs &amp;Not Sent…</source>
        <translation>&amp;Ungesendete Durchläufe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Run</source>
        <translation>Durchlauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh Credits</source>
        <translation>&amp;Credits aktualisieren</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Wan Studio</source>
        <translation>Ü&amp;ber Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Wan Studio</source>
        <translation>Über Wan Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Short videos from a still image with Segmind&apos;s %2.&lt;/p&gt;&lt;p&gt;Running on Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD licence&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Kurze Videos aus einem Standbild mit %2 von Segmind.&lt;/p&gt;&lt;p&gt;Läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio ist freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Verwendet werden:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL Version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-Lizenz&lt;/li&gt;&lt;li&gt;SQLite: gemeinfrei (public domain)&lt;/li&gt;&lt;li&gt;FFmpeg, über Qt Multimedia: GNU LGPL Version 2.1 oder später&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+67"/>
        <source>Runs in progress</source>
        <translation>Laufende Durchläufe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n Durchlauf läuft noch. Der Dienst stellt ihn fertig und berechnet ihn möglicherweise, auch wenn Wan Studio geschlossen ist. Trotzdem beenden?</numerusform>
            <numerusform>%n Durchläufe laufen noch. Der Dienst stellt sie fertig und berechnet sie möglicherweise, auch wenn Wan Studio geschlossen ist. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add your Segmind API key in Settings to generate.</source>
        <translation>Tragen Sie Ihren Segmind-API-Schlüssel in den Einstellungen ein, um zu generieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image first: click the image area, drop a file on it, or paste one.</source>
        <translation>Wählen Sie zuerst ein Bild: Klicken Sie auf den Bildbereich, legen Sie eine Datei darauf ab oder fügen Sie eine ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a prompt: what should happen in the video?</source>
        <translation>Schreiben Sie einen Prompt: Was soll im Video passieren?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your balance (%1) is lower than one run&apos;s typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.</source>
        <translation>Ihr Guthaben (%1) liegt unter den üblichen Kosten eines Durchlaufs (%2). Der Dienst lehnt den Durchlauf möglicherweise ab; laden Sie in der Segmind-Konsole unter Billing auf.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A run from the last session was fetched: %1</source>
        <translation>Ein Durchlauf aus der letzten Sitzung wurde abgeholt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1% · %2</source>
        <comment>the runs&apos; progress while the window is minimized, then the title</comment>
        <translation>%1 % · %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The balance is lower than one run&apos;s typical cost (%1). Top up in the Segmind console under Billing.</source>
        <translation>Das Guthaben liegt unter den üblichen Kosten eines Durchlaufs (%1). Laden Sie in der Segmind-Konsole unter Billing auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Segmind balance, as the service last reported it.</source>
        <translation>Ihr Segmind-Guthaben, wie der Dienst es zuletzt gemeldet hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wan Studio — local demo: no AI, no real credits</source>
        <translation>Wan Studio — lokale Demo: keine KI, keine echten Credits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wan Studio</source>
        <translation>Wan Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_library.cpp" line="+77"/>
        <source>Settings restored: the image, prompt and every parameter; the seed stays random.</source>
        <translation>Einstellungen wiederhergestellt: das Bild, der Prompt und alle Parameter; der Seed bleibt zufällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings restored: the image, prompt and every parameter, seed %1 included.</source>
        <translation>Einstellungen wiederhergestellt: das Bild, der Prompt und alle Parameter, einschließlich Seed %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>%n Durchlauf eingereiht.</numerusform>
            <numerusform>%n Durchläufe eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>%n Clip vergleichen — Wan Studio</numerusform>
            <numerusform>%n Clips vergleichen — Wan Studio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 holds no Wan Studio settings (only clips made by Wan Studio do).</source>
        <translation>%1 enthält keine Wan-Studio-Einstellungen (nur Clips, die mit Wan Studio erstellt wurden).</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+104"/>
        <location line="+4"/>
        <source>Taking the last frame of “%1”…</source>
        <translation>Das letzte Bild von „%1“ wird geholt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking frame %1 of “%2”…</source>
        <translation>Bild %1 von „%2“ wird geholt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not continue from “%1”: %2</source>
        <translation>Fortsetzen von „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.</source>
        <translation>Das Bild ist exakt Bild %1 von „%2“. Bearbeiten Sie den Prompt und klicken Sie auf Generieren: Der neue Lauf hält fest, dass er diesen Clip fortsetzt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This chain has no finished clip to play.</source>
        <translation>Diese Kette hat keinen fertigen Clip zum Abspielen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>Die Kette aus %n Clip wird abgespielt: %1.</numerusform>
            <numerusform>Die Kette aus %n Clips wird nacheinander abgespielt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts at %1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>Sie beginnt bei %1: Der Clip, den er fortsetzte (#%2), wurde aus der Bibliothek gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_export.cpp" line="+24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped</source>
        <translation>Den Clip als MP4, WebM, GIF, animiertes WebP oder PNG-Einzelbilder speichern: gekürzt, skaliert oder als Schleife</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no clip to export: play one first.</source>
        <translation>Es gibt keinen Clip zum Exportieren: Spielen Sie zuerst einen ab.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sequences live in the library, which is not open.</source>
        <translation>Sequenzen liegen in der Bibliothek, die nicht geöffnet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sequence %1 in the library.</source>
        <translation>Es gibt keine Sequenz %1 in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sequence “%1” is empty: add clips to it, then export it.</source>
        <translation>Die Sequenz „%1“ ist leer: Fügen Sie Clips hinzu und exportieren Sie sie dann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 of the sequence “%2” is no longer in the library: take it out of the sequence, then export it.</source>
        <translation>Durchlauf %1 der Sequenz „%2“ ist nicht mehr in der Bibliothek: Nehmen Sie ihn aus der Sequenz und exportieren Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+22"/>
        <source>Make Sequence from Chain</source>
        <translation>Sequenz aus Kette erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new sequence of the clips this one continues and the clips that continue it, first shot first</source>
        <translation>Eine neue Sequenz aus den Clips, die dieser fortsetzt, und den Clips, die ihn fortsetzen, die erste Einstellung zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Sequence…</source>
        <translation>Neue Sequenz…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Sequence</source>
        <translation>Zur Sequenz hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous Join</source>
        <translation>Vorheriger Übergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Nächster Übergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Review</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sequence</source>
        <translation>Zurück zur Sequenz</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Join %1 of %2: a continuation, its repeated frame dropped</source>
        <translation>Übergang %1 von %2: eine Fortsetzung, das doppelte Bild entfällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join %1 of %2: a cut</source>
        <translation>Übergang %1 von %2: ein Schnitt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame).</source>
        <translation>Dieser Clip gehört zu keiner Kette fertiger Clips: Setzen Sie ihn zuerst fort (Vom letzten Bild fortsetzen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of #%1</source>
        <translation>Kette von #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain starts at #%1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>Die Kette beginnt bei #%1: Der Clip, den er fortsetzte (#%2), wurde aus der Bibliothek gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>%n Clip der Kette wurde mehr als einmal fortgesetzt: Jedes Mal wurde die zuerst erstellte Fortsetzung genommen.</numerusform>
            <numerusform>%n Clips der Kette wurden mehr als einmal fortgesetzt: Jedes Mal wurde die zuerst erstellte Fortsetzung genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>%n Durchlauf dieser Reihe wird angehalten; er wurde weder gesendet noch berechnet.</numerusform>
            <numerusform>%n Durchläufe dieser Reihe werden angehalten; keiner wurde gesendet oder berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent or charged.</source>
        <translation>Nichts wurde gesendet oder berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>Trotzdem &amp;senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
</context>
<context>
    <name>wan::ui::MediaPlayback</name>
    <message>
        <location filename="../ui/player/mediaengine.cpp" line="+58"/>
        <source>the video player could not be loaded (%1); reinstall Wan Studio</source>
        <translation>der Videoplayer konnte nicht geladen werden (%1); installieren Sie Wan Studio neu</translation>
    </message>
</context>
<context>
    <name>wan::ui::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+21"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>wan::ui::ParameterForm</name>
    <message>
        <location filename="../ui/studio/parameterform.cpp" line="+104"/>
        <source>Ra&amp;ndom each run</source>
        <translation>&amp;Jedes Mal zufällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse &amp;last seed</source>
        <translation>Letzten Seed &amp;nutzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Clip length</source>
        <translation>Cliplänge</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Set every parameter back to the model&apos;s default.</source>
        <translation>Alle Parameter auf den Standardwert des Modells zurücksetzen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Show or hide the parameters that are rarely changed.</source>
        <translation>Die selten geänderten Parameter zeigen oder ausblenden.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Use a different random seed for every run. The seed actually used is kept with each result.</source>
        <translation>Für jeden Durchlauf einen anderen zufälligen Seed verwenden. Der tatsächlich verwendete Seed wird mit jedem Ergebnis gespeichert.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Put the seed of the last run (%1) into the field.</source>
        <translation>Den Seed des letzten Durchlaufs (%1) in das Feld übernehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once a run has finished.</source>
        <translation>Verfügbar, sobald ein Durchlauf abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 frames at %2 fps = %3 s</source>
        <translation>%1 Bilder bei %2 fps = %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/playercontrols.cpp" line="+191"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy File Path</source>
        <translation>Dateipfad kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag or use the arrow keys to move through the clip</source>
        <translation>Ziehen oder mit den Pfeiltasten durch den Clip bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback Speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <comment>playback speed</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current time and length of the clip</source>
        <translation>Aktuelle Zeit und Länge des Clips</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · frame %2</source>
        <translation>%1 · Bild %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerView</name>
    <message>
        <location filename="../ui/player/playerview.cpp" line="+57"/>
        <location line="+8"/>
        <source>Could not read the clip: %1</source>
        <translation>Der Clip konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the file is damaged or not a video</source>
        <translation>die Datei ist beschädigt oder kein Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clip cannot be played: %1</source>
        <translation>Dieser Clip kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This clip cannot be played: the file is damaged or not a video.</source>
        <translation>Dieser Clip kann nicht abgespielt werden: Die Datei ist beschädigt oder kein Video.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The clip “%1” could not be found.</source>
        <translation>Der Clip „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save Clip As</source>
        <translation>Clip speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no clip to save.</source>
        <translation>Es gibt keinen Clip zum Speichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Saved the clip as “%1”.</source>
        <translation>Clip als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the clip&apos;s path to the clipboard.</source>
        <translation>Pfad des Clips in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your clip will play here</source>
        <translation>Ihr Clip wird hier abgespielt</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+397"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../ui/player/playerview_frames.cpp" line="+54"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Bild als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the frame on screen, decoded at the clip&apos;s full size, with the run&apos;s settings</source>
        <translation>Speichert das angezeigte Bild, in voller Größe des Clips dekodiert, mit den Einstellungen des Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Frame</source>
        <translation>Bild kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Ab &amp;diesem Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Ab letztem &amp;Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run</source>
        <translation>Das exakte letzte Bild des Clips wird zum Bild des nächsten Laufs</translation>
    </message>
</context>
<context>
    <name>wan::ui::PromptEditor</name>
    <message>
        <location filename="../ui/studio/prompteditor.cpp" line="+51"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what happens in the clip: what moves, how the camera moves, the light and mood. %1 generates.</source>
        <translation>Beschreiben Sie, was im Clip passiert: was sich bewegt, wie sich die Kamera bewegt, Licht und Stimmung. %1 generiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt sent with the image. %1 generates.</source>
        <translation>Der Prompt, der mit dem Bild gesendet wird. %1 generiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt length warning</source>
        <translation>Warnung zur Prompt-Länge</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Letzte Prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the last prompts you generated with into the editor.</source>
        <translation>Einen der zuletzt zum Generieren verwendeten Prompts in den Editor übernehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Shot vocabulary</source>
        <translation>Einstellungsvokabular</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the cursor (%1).</source>
        <translation>Kamerabewegungen, Einstellungsgrößen, Objektive, Licht, Bewegungstempo und Stimmung: Wendungen, denen das Modell folgt, zum Einfügen an der Schreibmarke (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This prompt is very long: %L1 characters (about 1,000 work well). It is sent unchanged; the service may refuse it or use only part of it. Shorten it to be sure.</source>
        <translation>Dieser Prompt ist sehr lang: %L1 Zeichen (etwa 1.000 funktionieren gut). Er wird unverändert gesendet; der Dienst kann ihn ablehnen oder nur teilweise verwenden. Kürzen Sie ihn, um sicherzugehen.</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunDifferences</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="-205"/>
        <source>Differs between the compared runs</source>
        <translation>Unterscheidet sich zwischen den verglichenen Durchläufen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <comment>caption line: parameter label, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsDelegate</name>
    <message>
        <location filename="../ui/shell/runsdelegate.cpp" line="+71"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsView</name>
    <message>
        <location filename="../ui/shell/runsview.cpp" line="+109"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway (past the budget cap)</source>
        <translation>Trotzdem senden (über dem Budgetlimit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from last frame</source>
        <translation>Ab letztem Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message>
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+166"/>
        <source>Continues the clip before: its repeated first frame is dropped</source>
        <translation>Setzt den Clip davor fort: sein doppeltes erstes Bild entfällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continues frame %1 of the clip before, which is not its out point: nothing dropped</source>
        <translation>Setzt Bild %1 des Clips davor fort, das nicht sein Endpunkt ist: nichts entfällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cut: nothing dropped</source>
        <translation>Ein Schnitt: nichts entfällt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>(Überblendung über %n Bild)</numerusform>
            <numerusform>(Überblendung über %n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1. #%2 (no longer in the library)</source>
        <translation>%1. #%2 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. #%2</source>
        <translation>%1. #%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. #%2 · frames %3–%4</source>
        <translation>%1. #%2 · Bilder %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join: repeated frame dropped</source>
        <translation>Übergang: doppeltes Bild entfällt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join: nothing dropped</source>
        <translation>Übergang: nichts entfällt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was deleted from the library.</source>
        <translation>Dieser Durchlauf wurde aus der Bibliothek gelöscht.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message>
        <location filename="../ui/gallery/sequencepanel.cpp" line="+206"/>
        <source>Delete Sequence</source>
        <translation>Sequenz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sequence “%1”? Its clips stay in the Library.</source>
        <translation>Die Sequenz „%1“ löschen? Ihre Clips bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>Sequenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty sequence; add clips from the Library (its context menu, or drag them here)</source>
        <translation>Eine neue, leere Sequenz; fügen Sie Clips aus der Bibliothek hinzu (ihr Kontextmenü, oder hierher ziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sequence (its clips stay in the Library)</source>
        <translation>Diese Sequenz löschen (ihre Clips bleiben in der Bibliothek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to reorder; Delete removes the selected clip</source>
        <translation>Ziehen zum Umordnen; Entf entfernt den ausgewählten Clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>In:</source>
        <translation>Anfang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Out:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set In</source>
        <translation>Anfang setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the first frame (I)</source>
        <translation>Das Bild unter dem Cursor wird das erste Bild (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Out</source>
        <translation>Ende setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the last frame (O)</source>
        <translation>Das Bild unter dem Cursor wird das letzte Bild (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Crossfade:</source>
        <translation>Überblendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended with the clip before, in the player and in an export</source>
        <translation>Bilder, die mit dem vorigen Clip überblendet werden, im Player und im Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Clip</source>
        <translation>Clip entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sequence</source>
        <translation>Sequenz abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the whole sequence in the player, with one scrub bar across it</source>
        <translation>Die ganze Sequenz im Player abspielen, mit einer Zeitleiste über alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Seam</source>
        <translation>Übergang prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop one second around a join: half a second before it, half a second after</source>
        <translation>Eine Sekunde um einen Übergang wiederholen: eine halbe Sekunde davor, eine halbe danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Join</source>
        <translation>Vorheriger Übergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Nächster Übergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Editor (MLT)…</source>
        <translation>Für Schnittprogramm exportieren (MLT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MLT project for Shotcut or Kdenlive, referring to the original clips</source>
        <translation>Ein MLT-Projekt für Shotcut oder Kdenlive, das auf die Original-Clips verweist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point</source>
        <translation>Klicken oder ziehen, um ein Bild zu wählen; Links und Rechts gehen ein Bild weiter (Umschalt: zehn), I und O setzen Anfang und Ende</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Join before this clip: %1</source>
        <translation>Übergang vor diesem Clip: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first clip of the sequence.</source>
        <translation>Der erste Clip der Sequenz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a clip to trim it.</source>
        <translation>Wählen Sie einen Clip, um ihn zu kürzen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sequence yet: make one with New…, or from a chain in the Library (its context menu).</source>
        <translation>Noch keine Sequenz: Erstellen Sie eine mit Neu… oder aus einer Kette in der Bibliothek (ihr Kontextmenü).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sequence.</source>
        <translation>Wählen Sie eine Sequenz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence is empty: add clips from the Library (its context menu, or drag them here).</source>
        <translation>Diese Sequenz ist leer: Fügen Sie Clips aus der Bibliothek hinzu (ihr Kontextmenü, oder hierher ziehen).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n repeated frame(s) dropped at the joins</source>
        <translation>
            <numerusform>%n doppeltes Bild an den Übergängen entfällt</numerusform>
            <numerusform>%n doppelte Bilder an den Übergängen entfallen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+153"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>The sequence could not be saved: %1</source>
        <translation>Die Sequenz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Made the sequence “%1”.</source>
        <translation>Sequenz „%1“ erstellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>%n Clip zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Clips zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>That sequence is no longer in the library.</source>
        <translation>Diese Sequenz ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only finished clips can go in a sequence.</source>
        <translation>Nur fertige Clips können in eine Sequenz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Sequence</source>
        <translation>Neue Sequenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new sequence:</source>
        <translation>Name der neuen Sequenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Sequence</source>
        <translation>Sequenz umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the sequence:</source>
        <translation>Neuer Name der Sequenz:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sequence could not be deleted: %1</source>
        <translation>Die Sequenz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for Editor (MLT)</source>
        <translation>Für Schnittprogramm exportieren (MLT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLT project (*.mlt)</source>
        <translation>MLT-Projekt (*.mlt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sequence is empty: there is nothing to export.</source>
        <translation>Diese Sequenz ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the MLT project “%1” for Shotcut or Kdenlive.</source>
        <translation>MLT-Projekt „%1“ für Shotcut oder Kdenlive geschrieben.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceStrip</name>
    <message>
        <location filename="../ui/gallery/sequencestrip.cpp" line="+28"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+111"/>
        <source>Frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a clip of the sequence</source>
        <translation>Wählen Sie einen Clip der Sequenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the clip…</source>
        <translation>Clip wird gelesen…</translation>
    </message>
</context>
<context>
    <name>wan::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmind API key</source>
        <translation>Segmind-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SG_… (leave empty to keep the stored key)</source>
        <translation>SG_… (leer lassen = gespeicherten Schlüssel behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file.</source>
        <translation>Ihr Schlüssel aus der Segmind-Konsole (API Keys). Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the service for the balance with this key.</source>
        <translation>Fragt mit diesem Schlüssel das Guthaben beim Dienst ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove stored key</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit and poll (recommended)</source>
        <translation>Absenden und abfragen (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One blocking call (v1)</source>
        <translation>Ein blockierender Aufruf (v1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit and poll survives network drops and restarts; the blocking call is Segmind&apos;s older API.</source>
        <translation>Absenden und abfragen übersteht Netzwerkabbrüche und Neustarts; der blockierende Aufruf ist die ältere API von Segmind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs at &amp;once:</source>
        <translation>&amp;Gleichzeitige Durchläufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once</source>
        <translation>Gleichzeitige Durchläufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Results folder</source>
        <translation>Ergebnisordner</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;folder:</source>
        <translation>Ergebnis&amp;ordner:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify when a run finishes while the window is in the background</source>
        <translation>&amp;Benachrichtigen, wenn ein Durchlauf fertig ist, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> credits</source>
        <translation> Credits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budget</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily budget:</source>
        <translation>Tages&amp;limit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take today&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Ein Durchlauf, der die heutigen Ausgaben darüber hinaus bringen würde, wird angehalten, bis Sie ihn trotzdem senden; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mont&amp;hly budget:</source>
        <translation>Monatsl&amp;imit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take this month&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Ein Durchlauf, der die Ausgaben dieses Monats darüber hinaus bringen würde, wird angehalten, bis Sie ihn trotzdem senden; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the menus, buttons and messages. System default follows the language of this computer.</source>
        <translation>Die Sprache der Menüs, Schaltflächen und Meldungen. Systemstandard folgt der Sprache dieses Computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wan Studio will use the new language the next time it starts.</source>
        <translation>Wan Studio verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours for Wan Studio, or the desktop&apos;s own. Text size follows the desktop&apos;s font settings.</source>
        <translation>Helle, dunkle oder kontrastreiche Farben für Wan Studio oder die des Desktops. Die Textgröße folgt den Schrifteinstellungen des Desktops.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced: service addresses</source>
        <translation>Erweitert: Dienstadressen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;API base:</source>
        <translation>A&amp;PI-Basis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base</source>
        <translation>API-Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload base:</source>
        <translation>&amp;Upload-Basis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload base</source>
        <translation>Upload-Basis</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>Der gespeicherte Schlüssel wird entfernt, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos cannot be saved in this results folder. %1 %2</source>
        <translation>In diesem Ergebnisordner können keine Videos gespeichert werden. %1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key is stored (leave empty to keep it)</source>
        <translation>Schlüssel gespeichert (leer lassen = behalten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SG_…</source>
        <translation>SG_…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::ShotVocabularyPanel</name>
    <message>
        <location filename="../ui/studio/shotvocabularypanel.cpp" line="+88"/>
        <source>Shot vocabulary</source>
        <translation>Einstellungsvokabular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. camera, light, slow</source>
        <translation>z. B. Kamera, Licht, langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group.</source>
        <translation>Zeigt nur die Ausdrücke mit einem Wort, das mit Ihrer Eingabe beginnt – im Ausdruck, in seiner Beschreibung oder in seiner Gruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>&amp;Wendungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a phrase, or press Enter on it, to put it into the prompt at the cursor.</source>
        <translation>Klicken Sie auf eine Wendung oder drücken Sie darauf die Eingabetaste, um sie an der Schreibmarke in den Prompt einzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>Wendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to insert at the prompt&apos;s cursor. The phrases stay in English, as the model reads them.</source>
        <translation>Klicken oder Eingabetaste fügt an der Schreibmarke des Prompts ein. Die Wendungen bleiben englisch, so wie das Modell sie liest.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No phrase matches &quot;%1&quot;.</source>
        <translation>Keine Wendung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SpendingDialog</name>
    <message>
        <location filename="../ui/dialogs/spendingdialog.cpp" line="+102"/>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the library…</source>
        <translation>Die Bibliothek wird gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per &amp;month:</source>
        <translation>Summen pro &amp;Monat:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spend shown:</source>
        <translation>Angezeigte Ausgaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The library could not be read: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Insgesamt: %1 Credits für %n berechneten Lauf.</numerusform>
            <numerusform>Insgesamt: %1 Credits für %n berechnete Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n Lauf mit den typischen Kosten gezählt: Der Dienst hat nicht gesagt, was er gekostet hat.</numerusform>
            <numerusform>%n Läufe mit den typischen Kosten gezählt: Der Dienst hat nicht gesagt, was sie gekostet haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Je behaltenem Clip: %1 Credits (%n Favorit).</numerusform>
            <numerusform>Je behaltenem Clip: %1 Credits (%n Favoriten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library).</source>
        <translation>Pro behaltenem Clip: noch keine Favoriten (markieren Sie die Clips, die Sie behalten, in der Bibliothek als Favoriten).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Fehlgeschlagene, abgebrochene und abgelaufene Läufe: %n Lauf, %1 Credits.</numerusform>
            <numerusform>Fehlgeschlagene, abgebrochene und abgelaufene Läufe: %n Läufe, %1 Credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>Davon kostete %n abgelaufener Durchlauf %1 Credits.</numerusform>
            <numerusform>Davon kosteten %n abgelaufene Durchläufe %1 Credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Lauf wurde möglicherweise ohne erfasste Kosten berechnet; Ihre Segmind-Konsole führt ihn auf.</numerusform>
            <numerusform>%n fehlgeschlagene Läufe wurden möglicherweise ohne erfasste Kosten berechnet; Ihre Segmind-Konsole führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.</source>
        <translation>Diagramme sind nicht verfügbar (%1). Die Summen oben sind vollständig, und „CSV exportieren“ enthält jeden Tag und jeden Durchlauf.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>Ausgaben pro Woche (die letzte %n Woche)</numerusform>
            <numerusform>Ausgaben pro Woche (die letzten %n Wochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>Ausgaben pro Tag (der letzte %n Tag)</numerusform>
            <numerusform>Ausgaben pro Tag (die letzten %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over time</source>
        <translation>Guthaben im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Spending as CSV</source>
        <translation>Ausgaben als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported the days to %1 and the runs to %2.</source>
        <translation>Die Tage wurden nach %1 und die Durchläufe nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1. Choose another folder and try again.</source>
        <translation>Export nicht möglich: %1. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message>
        <location filename="../ui/shell/studioapp.cpp" line="+83"/>
        <source>Batch stopped</source>
        <translation>Stapel angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>Das Guthaben würde den nächsten Durchlauf nicht decken, daher wurde %n Durchlauf des Stapels nicht gesendet. Dafür wurde nichts berechnet.</numerusform>
            <numerusform>Das Guthaben würde den nächsten Durchlauf nicht decken, daher wurden %n Durchläufe des Stapels nicht gesendet. Dafür wurde nichts berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Library unavailable</source>
        <translation>Bibliothek nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened, so runs cannot be recorded and Generate is off: %1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden, daher können Durchläufe nicht erfasst werden und Generieren ist aus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened: %1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is damaged: %1</source>
        <translation>Die Bibliothek ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library damaged</source>
        <translation>Bibliothek beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is damaged: %1

Wan Studio can keep the damaged file aside and list your clips again from the results folder. Without a library, runs cannot be recorded and Generate is off.</source>
        <translation>Die Bibliothek ist beschädigt: %1

Wan Studio kann die beschädigte Datei beiseitelegen und Ihre Clips aus dem Ergebnisordner neu erfassen. Ohne Bibliothek können keine Durchläufe erfasst werden, und Generieren ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebuild from clips</source>
        <translation>Aus Clips &amp;neu aufbauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without library</source>
        <translation>&amp;Ohne Bibliothek fortfahren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is being rebuilt from your clips.</source>
        <translation>Die Bibliothek wird aus Ihren Clips neu aufgebaut.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>%n Clip neu erfasst.</numerusform>
            <numerusform>%n Clips neu erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n Datei hatte keine Wan-Studio-Einstellungen und wurde übersprungen.</numerusform>
            <numerusform>%n Dateien hatten keine Wan-Studio-Einstellungen und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged library was kept as %1.</source>
        <translation>Die beschädigte Bibliothek wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library rebuilt</source>
        <translation>Bibliothek neu aufgebaut</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The local demo server did not start.</source>
        <translation>Der lokale Demo-Server ist nicht gestartet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key works; the balance is %1.</source>
        <translation>Der Schlüssel funktioniert; das Guthaben beträgt %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a key to test.</source>
        <translation>Geben Sie einen Schlüssel zum Testen ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key in use comes from the SEGMIND_API_KEY environment variable.</source>
        <translation>Der verwendete Schlüssel stammt aus der Umgebungsvariablen SEGMIND_API_KEY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key entered here is kept for this session only.</source>
        <translation>Ein hier eingegebener Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message>
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+85"/>
        <source>Variations and sweeps</source>
        <translation>Variationen und Reihen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of batch</source>
        <translation>Art des Stapels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>&amp;Variationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;weep</source>
        <translation>&amp;Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>Ras&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request several times, each with its own seed.</source>
        <translation>Dieselbe Anfrage mehrmals, jede mit eigenem Seed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request and seed, with one parameter taking several values.</source>
        <translation>Dieselbe Anfrage mit demselben Seed, wobei ein Parameter mehrere Werte annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two things varied against each other (prompt alternatives, seeds or a parameter), shown side by side when the runs are done.</source>
        <translation>Zwei Dinge gegeneinander variiert (Prompt-Alternativen, Seeds oder ein Parameter), nebeneinander gezeigt, wenn die Läufe fertig sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every prompt the alternatives make, in full, as it will be sent.</source>
        <translation>Jeder Prompt, den die Alternativen ergeben, vollständig, so wie er gesendet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pl&amp;anned prompts:</source>
        <translation>Geplante Pr&amp;ompts:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs that will be queued, in order.</source>
        <translation>Die Durchläufe, die eingereiht werden, in Reihenfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned r&amp;uns:</source>
        <translation>&amp;Geplante Durchläufe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each run costs about %1 credits; the balance is the one the service last reported.</source>
        <translation>Jeder Durchlauf kostet etwa %1 Credits; das Guthaben ist das zuletzt vom Dienst gemeldete.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>&amp;Queue runs</source>
        <translation>Durchläufe &amp;einreihen</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Closes without queueing anything.</source>
        <translation>Schließt, ohne etwas einzureihen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt each; write \{ for a literal brace.</source>
        <translation>Der Prompt des Studios. Alternativen in geschweiften Klammern, {golden hour|blue hour}, ergeben je einen Prompt; schreiben Sie \{ für eine echte Klammer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variations</source>
        <translation>Variationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many seeds each prompt is tried with; each run costs about %1 credits.</source>
        <translation>Mit wie vielen Seeds jeder Prompt versucht wird; jeder Lauf kostet etwa %1 Credits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs to queue; each costs about %1 credits.</source>
        <translation>Wie viele Durchläufe eingereiht werden; jeder kostet etwa %1 Credits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Anzahl der Durchläufe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds &amp;per prompt:</source>
        <translation>Seeds &amp;pro Prompt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Random seeds</source>
        <translation>&amp;Zufällige Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different random seed for every run; each seed is recorded so a run can be repeated.</source>
        <translation>Für jeden Durchlauf ein anderer zufälliger Seed; jeder Seed wird gespeichert, damit ein Durchlauf wiederholt werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw new seeds</source>
        <translation>&amp;Neue Seeds ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws another set of random seeds.</source>
        <translation>Zieht einen neuen Satz zufälliger Seeds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onsecutive seeds</source>
        <translation>&amp;Fortlaufende Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds counting up from the start seed: start, start + 1, …</source>
        <translation>Seeds, die ab dem Start-Seed hochzählen: Start, Start + 1, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first of the consecutive seeds, from 0 to %1.</source>
        <translation>Der erste der fortlaufenden Seeds, von 0 bis %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start seed:</source>
        <translation>&amp;Start-Seed:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sweep</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+136"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parameter that changes from run to run; everything else, the seed included, stays.</source>
        <translation>Der Parameter, der sich von Durchlauf zu Durchlauf ändert; alles andere, einschließlich Seed, bleibt gleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the values you type.</source>
        <translation>Die eingegebenen Werte ausprobieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals.</source>
        <translation>Die auszuprobierenden Werte, durch Kommas getrennt, z. B. 4, 8, 12, 16. Verwenden Sie einen Punkt für Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try every value from a start to an end in equal steps.</source>
        <translation>Jeden Wert von einem Start bis zu einem Ende in gleichen Schritten ausprobieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first value.</source>
        <translation>Der erste Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last value (reached when the steps land on it).</source>
        <translation>Der letzte Wert (erreicht, wenn die Schritte genau darauf fallen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distance between two values.</source>
        <translation>Der Abstand zwischen zwei Werten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ep</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allowed: %1.</source>
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+22"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no numeric parameter to sweep.</source>
        <translation>%1 hat keinen numerischen Parameter für eine Reihe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>seed %1 (drawn once for the whole sweep)</source>
        <translation>Seed %1 (einmal für die ganze Reihe gezogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run uses %1, so only the prompt and %2 change.</source>
        <translation>Jeder Lauf verwendet %1, daher ändern sich nur der Prompt und %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only %2 changes.</source>
        <translation>Jeder Durchlauf verwendet %1, daher ändert sich nur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only the two axes change.</source>
        <translation>Jeder Lauf verwendet %1, daher ändern sich nur die beiden Achsen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs planned.</source>
        <translation>Keine Durchläufe geplant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.</source>
        <translation>Ihr Guthaben von %1 deckt keinen Durchlauf (etwa %2 Credits). Laden Sie zuerst Ihr Segmind-Konto auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>%n Durchlauf &amp;einreihen</numerusform>
            <numerusform>%n Durchläufe &amp;einreihen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds these runs to the queue; they start as the queue has room.</source>
        <translation>Fügt diese Durchläufe der Warteschlange hinzu; sie starten, sobald in der Warteschlange Platz ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1. %2</source>
        <comment>a numbered prompt</comment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pl&amp;anned prompts (%n):</source>
        <translation>
            <numerusform>Geplanter Pr&amp;ompt (%n):</numerusform>
            <numerusform>Geplante Pr&amp;ompts (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="-95"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows and columns each vary one thing, at most %1 values each; every cell is one run, and the grid opens side by side when they are done.</source>
        <translation>Zeilen und Spalten variieren je eine Sache, mit höchstens %1 Werten; jede Zelle ist ein Lauf, und das Raster öffnet sich nebeneinander, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changes from one row of the grid to the next.</source>
        <translation>Was sich von einer Zeile des Rasters zur nächsten ändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes from one column of the grid to the next.</source>
        <translation>Was sich von einer Spalte des Rasters zur nächsten ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves.</source>
        <translation>Die zu versuchenden Werte, durch Kommas getrennt, z. B. 4, 8, 12. Bei Seeds die Seeds selbst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;ows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row va&amp;lues:</source>
        <translation>Zeilen&amp;werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mn values:</source>
        <translation>S&amp;paltenwerte:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prompt alternatives</source>
        <translation>Prompt-Alternativen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>Der %n Prompt, den die Klammern im Prompt ergeben.</numerusform>
            <numerusform>Die %n Prompts, die die Klammern im Prompt ergeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write alternatives in the prompt first, e.g. {golden hour|blue hour}.</source>
        <translation>Schreiben Sie zuerst Alternativen in den Prompt, z. B. {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request with the seeds you list.</source>
        <translation>Dieselbe Anfrage mit den Seeds, die Sie angeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>%n Prompt aus den Klammern</numerusform>
            <numerusform>%n Prompts aus den Klammern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no alternatives in the prompt</source>
        <translation>keine Alternativen im Prompt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A seed is a whole number: %1 is not.</source>
        <translation>Ein Seed ist eine ganze Zahl: %1 ist keine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="+18"/>
        <source>Welcome to Wan Studio</source>
        <translation>Willkommen bei Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio turns a still image into a short video with Segmind&apos;s Wan 2.2 model. Each run takes about a minute and costs about US$0.09 of Segmind credits.&lt;/p&gt;&lt;p&gt;To generate, you need a Segmind API key: sign in at &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, open &lt;b&gt;API Keys&lt;/b&gt;, create a key and paste it below. It is kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio macht aus einem Standbild mit dem Modell Wan 2.2 von Segmind ein kurzes Video. Jeder Durchlauf dauert etwa eine Minute und kostet etwa 0,09 US$ an Segmind-Credits.&lt;/p&gt;&lt;p&gt;Zum Generieren brauchen Sie einen Segmind-API-Schlüssel: Melden Sie sich bei &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt; an, öffnen Sie &lt;b&gt;API Keys&lt;/b&gt;, erstellen Sie einen Schlüssel und fügen Sie ihn unten ein. Er wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wan Studio never stores the key in a plain file, so it will be kept for this session only.</source>
        <translation>Wan Studio speichert den Schlüssel nie in einer einfachen Datei, daher wird er nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the local &amp;demo</source>
        <translation>Lokale &amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local demo</source>
        <translation>Lokale Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.</source>
        <translation>Startet einen lokalen Ersatz für Segmind: echte Clips eines Testmusters über Ihrem Bild, keine KI, keine Credits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo server is not installed with this copy of Wan Studio.</source>
        <translation>Der lokale Demo-Server ist mit dieser Kopie von Wan Studio nicht installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character.</source>
        <translation>Segmind-Schlüssel beginnen mit SG_, gefolgt von 16 Buchstaben und Ziffern; prüfen Sie, ob ein Zeichen fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
</TS>
