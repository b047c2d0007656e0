<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>wan::api::ApiErrors</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+8"/>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>Aucune clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key rejected</source>
        <translation>Clé d’API refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not permitted</source>
        <translation>Modèle non autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model retired</source>
        <translation>Modèle retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint not found</source>
        <translation>Point de terminaison introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough credits</source>
        <translation>Crédits insuffisants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed</source>
        <translation>Échec du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged video</source>
        <translation>Vidéo endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result expired</source>
        <translation>Résultat expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecure address</source>
        <translation>Adresse non sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+70"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Le service a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The service refused the request as invalid while %1 (HTTP 400).</source>
        <translation>Le service a refusé la requête comme non valide lors de %1 (HTTP 400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prompt and the parameters, then try again.</source>
        <translation>Vérifiez le prompt et les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the API key while %1 (HTTP %2).</source>
        <translation>Le service a refusé la clé d’API lors de %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.</source>
        <translation>Vérifiez la clé dans les Réglages (elle commence par SG_) ou créez-en une nouvelle dans votre console Segmind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. Nothing was charged.</source>
        <translation>Votre compte ou votre équipe Segmind n’est pas autorisé à utiliser ce modèle (HTTP 403)&#xa0;; la clé d’API elle-même a été acceptée. Rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your team&apos;s Segmind admin for access to the model, or use a key of an account that has it.</source>
        <translation>Demandez l’accès au modèle à l’administrateur Segmind de votre équipe, ou utilisez la clé d’un compte qui y a accès.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service has no such endpoint while %1 (HTTP %2).</source>
        <translation>Le service ne connaît pas ce point de terminaison (lors de %1, HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; the default is https://api.segmind.com.</source>
        <translation>Vérifiez l’adresse de base de l’API dans les Réglages&#xa0;; par défaut, c’est https://api.segmind.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP %1).</source>
        <translation>Votre compte Segmind n’a pas assez de crédits pour cette exécution (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up your credits in the Segmind console (Billing), then try again.</source>
        <translation>Rechargez vos crédits dans la console Segmind (Billing), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segmind has retired this model (HTTP 410); nothing was charged.</source>
        <translation>Segmind a retiré ce modèle (HTTP 410)&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for its successor on segmind.com; a newer Wan Studio may support it.</source>
        <translation>Cherchez son successeur sur segmind.com&#xa0;; une version plus récente de Wan Studio le prend peut-être en charge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.</source>
        <translation>Le service a exécuté la requête, qui a échoué lors de %1 (HTTP 422)&#xa0;; les exécutions échouées ne sont pas facturées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Try again, perhaps with another prompt, image or settings.</source>
        <translation>Réessayez, éventuellement avec un autre prompt, une autre image ou d’autres réglages.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The service is rate limiting requests while %1 (HTTP 429).</source>
        <translation>Le service limite les requêtes lors de %1 (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and try again, or run fewer generations at once.</source>
        <translation>Attendez une minute et réessayez, ou lancez moins de générations à la fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had a problem while %1 (HTTP %2); no video was made.</source>
        <translation>Le service a rencontré un problème lors de %1 (HTTP %2)&#xa0;; aucune vidéo n’a été créée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a little while; if it keeps failing, check Segmind&apos;s status page.</source>
        <translation>Réessayez dans un moment&#xa0;; si l’échec persiste, consultez la page d’état de Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1 while %2.</source>
        <translation>Le service a répondu avec un statut HTTP inattendu %1 lors de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez l’adresse de base de l’API dans les Réglages.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the request&apos;s content type while %1 (HTTP 406); nothing was charged.</source>
        <translation>Le service a refusé le type de contenu de la requête lors de %1 (HTTP 406)&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.</source>
        <translation>Il s’agit d’une erreur de Wan Studio ou d’un proxy intermédiaire&#xa0;; si le problème persiste, merci de le signaler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team&apos;s spend limit on Segmind is reached (HTTP 406); nothing was charged.</source>
        <translation>La limite de dépenses de votre équipe sur Segmind est atteinte (HTTP 406)&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your team&apos;s Segmind admin to raise the limit, or wait until it resets.</source>
        <translation>Demandez à l’administrateur Segmind de votre équipe de relever la limite, ou attendez sa réinitialisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.</source>
        <translation>Votre compte Segmind n’a pas assez de crédits pour cette exécution (HTTP 406)&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance must cover the model&apos;s whole cost, not only be above zero. Top up in the Segmind console (Billing), then try again.</source>
        <translation>Le solde doit couvrir le coût total du modèle, pas seulement être supérieur à zéro. Rechargez dans la console Segmind (Billing), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused a parameter before running while %1 (HTTP 406); nothing was charged.</source>
        <translation>Le service a refusé un paramètre avant l’exécution lors de %1 (HTTP 406)&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the value the service names, then try again.</source>
        <translation>Modifiez la valeur indiquée par le service, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Segmind API key is set.</source>
        <translation>Aucune clé d’API Segmind n’est définie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.</source>
        <translation>Ajoutez votre clé dans les Réglages ou définissez SEGMIND_API_KEY&#xa0;; vous en obtiendrez une dans votre console Segmind, sous API Keys.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed while %1: %2.</source>
        <translation>La connexion a échoué lors de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and try again.</source>
        <translation>Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service did not answer in time while %1.</source>
        <translation>Le service n’a pas répondu à temps lors de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service gave an answer Wan Studio cannot read while %1: %2.</source>
        <translation>Le service a donné une réponse que Wan Studio ne sait pas lire lors de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez l’adresse de base de l’API dans les Réglages (un proxy ou un portail captif répond peut-être à sa place).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded video is not usable: %1.</source>
        <translation>La vidéo téléchargée est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Téléchargez-la à nouveau&#xa0;; le résultat reste disponible sur le service pendant une heure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service no longer has this run: results are kept for one hour after submission.</source>
        <translation>Le service n’a plus cette exécution&#xa0;: les résultats sont conservés une heure après l’envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate it again (this is a new, charged run).</source>
        <translation>Générez-la à nouveau (ce sera une nouvelle exécution, facturée).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service could not make the video: %1.</source>
        <translation>Le service n’a pas pu créer la vidéo&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, perhaps with other settings; a failed run is not charged.</source>
        <translation>Réessayez, éventuellement avec d’autres réglages&#xa0;; une exécution échouée n’est pas facturée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run failed on the service: %1. Failed runs are not charged.</source>
        <translation>L’exécution a échoué sur le service&#xa0;: %1. Les exécutions échouées ne sont pas facturées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).</source>
        <translation>Utilisez une adresse https:// (le http:// simple n’est autorisé que pour cet ordinateur, p. ex. 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video could not be saved: %1.</source>
        <translation>La vidéo n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some disk space or choose another results folder, then download again.</source>
        <translation>Libérez de l’espace disque ou choisissez un autre dossier des résultats, puis téléchargez à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting. The service had already accepted this run, so it may still be charged.</source>
        <translation>Attente arrêtée. Le service avait déjà accepté cette exécution, elle peut donc encore être facturée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before anything was sent; nothing was charged.</source>
        <translation>Annulée avant tout envoi&#xa0;; rien n’a été facturé.</translation>
    </message>
</context>
<context>
    <name>wan::api::ApiResponses</name>
    <message>
        <location filename="../app/api/apiresponses.cpp" line="+29"/>
        <source>the answer is too large (%1 MB)</source>
        <translation>la réponse est trop volumineuse (%1 Mo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is a web page (HTML), not data</source>
        <translation>la réponse est une page web (HTML), pas des données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not valid JSON (%1)</source>
        <translation>la réponse n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is JSON of an unexpected shape</source>
        <translation>la réponse est du JSON de forme inattendue</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the answer has no request id</source>
        <translation>la réponse ne contient pas d’identifiant de requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer&apos;s request id contains control characters</source>
        <translation>l’identifiant de requête de la réponse contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer has no status or response address</source>
        <translation>la réponse ne contient ni statut ni adresse de réponse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no known status</source>
        <translation>la réponse ne contient aucun statut connu</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+141"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the answer has no credit balance</source>
        <translation>la réponse ne contient pas de solde de crédits</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the upload answer has no file address</source>
        <translation>la réponse à l’envoi ne contient pas d’adresse de fichier</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an HTML page instead of an error message</source>
        <translation>une page HTML au lieu d’un message d’erreur</translation>
    </message>
</context>
<context>
    <name>wan::api::Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+75"/>
        <source>The API base address &quot;%1&quot; is not a valid address.</source>
        <translation>L’adresse de base de l’API «&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload base address &quot;%1&quot; is not a valid address.</source>
        <translation>L’adresse de base d’envoi «&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; uses plain http, which is not encrypted.</source>
        <translation>«&#xa0;%1&#xa0;» utilise le http simple, qui n’est pas chiffré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse https.</translation>
    </message>
</context>
<context>
    <name>wan::api::Mp4Probe</name>
    <message>
        <location filename="../app/api/mp4probe.cpp" line="+117"/>
        <location line="+21"/>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is not an MP4 video</source>
        <translation>ce n’est pas une vidéo MP4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the video&apos;s structure is damaged</source>
        <translation>la structure de la vidéo est endommagée</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>the video is incomplete (it ends in the middle of a box)</source>
        <translation>la vidéo est incomplète (elle s’arrête au milieu d’une boîte)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the video ends in %1 bytes that are not part of any video box (padding or garbage)</source>
        <translation>la vidéo se termine par %1 octets qui n’appartiennent à aucune boîte vidéo (remplissage ou données parasites)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the video is incomplete (%1 of its bytes are missing)</source>
        <translation>la vidéo est incomplète (il manque %1 de ses octets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video ends in an unknown box of %1 bytes that runs to the end of the file</source>
        <translation>la vidéo se termine par une boîte inconnue de %1 octets qui va jusqu’à la fin du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the video&apos;s media data is padding (zero bytes), not video</source>
        <translation>les données média de la vidéo sont du remplissage (octets nuls), pas de la vidéo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no index (moov box); it is incomplete</source>
        <translation>la vidéo n’a pas d’index (boîte moov)&#xa0;; elle est incomplète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video has no media data</source>
        <translation>la vidéo ne contient aucune donnée multimédia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)</source>
        <translation>ses données média (%1 octets) dépassent ce dont un clip avec ces réglages peut avoir besoin (%2 octets)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wan::api::SegmindClient</name>
    <message>
        <location filename="../app/api/segmindclient.cpp" line="+265"/>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).</source>
        <translation>Le service a redirigé lors de %1 vers une adresse que Wan Studio ne suivra pas (elle repasserait en http ou enverrait votre clé à un autre hôte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service kept redirecting the request without ever answering it (a redirect loop)</source>
        <translation>le service a redirigé la requête en boucle sans jamais y répondre (boucle de redirections)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; a proxy or captive portal may be redirecting. If it keeps happening, try again later.</source>
        <translation>Vérifiez l’adresse de base de l’API dans les Réglages&#xa0;; un proxy ou un portail captif effectue peut-être la redirection. Si le problème persiste, réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more than any real answer</source>
        <translation>la réponse était compressée (%1) et n’a pas pu être décompressée&#xa0;: elle est endommagée, ou occuperait une fois décompressée bien plus que toute réponse réelle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the connection closed before the service answered</source>
        <translation>la connexion a été fermée avant la réponse du service</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the credit balance</source>
        <translation>la vérification du solde de crédits</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>uploading the image</source>
        <translation>l’envoi de l’image</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>submitting the run</source>
        <translation>la soumission de l’exécution</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the run with HTTP %1 while %2; nothing was charged.</source>
        <translation>Le service a refusé l’exécution avec HTTP %1 lors de %2&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it again; if it keeps failing, try other settings or check Segmind&apos;s status page.</source>
        <translation>Renvoyez-la&#xa0;; si l’échec persiste, essayez d’autres réglages ou consultez la page d’état de Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered HTTP %1 while %2; it may still have accepted the run.</source>
        <translation>Le service a répondu HTTP %1 lors de %2&#xa0;; il a peut-être quand même accepté l’exécution.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+32"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> Le service a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>checking the run&apos;s progress</source>
        <translation>la vérification de la progression de l’exécution</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fetching the result</source>
        <translation>la récupération du résultat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the finished result has no video</source>
        <translation>le résultat terminé ne contient aucune vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run finished on the service and may have been charged. Check it in the request history of your Segmind console before generating again.</source>
        <translation>L’exécution s’est terminée sur le service et a peut-être été facturée. Vérifiez-la dans l’historique des requêtes de votre console Segmind avant de générer à nouveau.</translation>
    </message>
</context>
<context>
    <name>wan::api::VideoDownload</name>
    <message>
        <location filename="../app/api/videodownload.cpp" line="+74"/>
        <source>The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything was written and nothing was kept.</source>
        <translation>Le service a annoncé %1 pour un clip qui ne peut pas dépasser %2&#xa0;; le téléchargement a été arrêté avant toute écriture et rien n’a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing was kept.</source>
        <translation>Le service a envoyé au moins %1 pour un clip qui ne peut pas dépasser %2&#xa0;; le téléchargement a été arrêté et rien n’a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run may have been charged: resume it later, or check the request in your Segmind console.</source>
        <translation>L’exécution a peut-être été facturée&#xa0;: reprenez-la plus tard ou vérifiez la requête dans votre console Segmind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+68"/>
        <source>writing %1 failed (%2)</source>
        <translation>l’écriture de %1 a échoué (%2)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The connection dropped while %1 (%2 received).</source>
        <translation>La connexion a été coupée lors de %1 (%2 reçus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Téléchargez-la à nouveau&#xa0;; le résultat reste disponible sur le service pendant une heure.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 received</source>
        <translation>%1 sur %2 reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped while %1 (%2 of %3 received).</source>
        <translation>La connexion a été coupée lors de %1 (%2 sur %3 reçus).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 existe et ne peut pas être remplacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be renamed into place (%2)</source>
        <translation>%1 ne peut pas être renommé à son emplacement final (%2)</translation>
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
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+1"/>
        <source>Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.</source>
        <translation>Vérifiez SEGMIND_API_BASE et SEGMIND_UPLOAD_BASE, ou les adresses dans les Réglages.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: the library could not be opened: the disk that holds it is full (%1 bytes free).</source>
        <translation>Erreur&#xa0;: la bibliothèque n’a pas pu être ouverte&#xa0;: le disque qui la contient est plein (%1 octets libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, then run the command again; nothing was sent.</source>
        <translation>Libérez de l’espace, puis relancez la commande&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+88"/>
        <location filename="../app/cli/clisupport.cpp" line="+5"/>
        <source>Error: the library could not be opened: %1</source>
        <translation>Erreur&#xa0;: la bibliothèque n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-163"/>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>Voir « %1 --help » pour les options.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), or send it anyway with --ignore-budget.</source>
        <translation>Rien n’a été envoyé pour cette exécution. Relevez le plafond (wanstudio settings set %1 VALEUR) ou envoyez-la quand même avec --ignore-budget.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library is damaged; `wanstudio library rebuild` lists your clips again (the damaged file is kept aside).</source>
        <translation>La bibliothèque est endommagée&#xa0;; `wanstudio library rebuild` répertorie à nouveau vos clips (le fichier endommagé est mis de côté).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted as request %1</source>
        <translation>Acceptée comme requête %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-109"/>
        <source>Prints the Segmind account&apos;s credit balance.</source>
        <translation>Affiche le solde de crédits du compte Segmind.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Makes a video from a still image with %1.</source>
        <translation>Crée une vidéo à partir d’une image fixe avec %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-248"/>
        <source>Run %1 of %2: %3</source>
        <translation>Exécution %1 sur %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt: %1</source>
        <translation>prompt : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed: %1</source>
        <translation>graine : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output: %1</source>
        <translation>sortie : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n exécution, environ %1 crédits au total (%2 chacune) ; rien n’a été envoyé.</numerusform>
            <numerusform>%n exécutions, environ %1 crédits au total (%2 chacune) ; rien n’a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not &quot;%1&quot;.</source>
        <translation>--sweep attend PARAMÈTRE=V1,V2,..., par exemple sample_shift=4,8,12 ; pas « %1 ».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--seed-list takes seeds separated by commas, such as 1,2,3.</source>
        <translation>--seed-list attend des graines séparées par des virgules, par exemple 1,2,3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed-list: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed-list : « %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt makes one run per alternative (several groups multiply, the first varying slowest; write \{ \} \| for literal characters); seeds and sweeps multiply too, up to %2 runs.</source>
        <translation>Planifie et envoie de nombreuses exécutions de %1 à partir d’une image et d’un prompt. {golden hour|blue hour} dans le prompt crée une exécution par variante (plusieurs groupes se multiplient, le premier variant le plus lentement ; écrivez \{ \} \| pour les caractères eux-mêmes) ; les graines et les balayages se multiplient aussi, jusqu’à %2 exécutions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>The input image: a file or an https URL.</source>
        <translation>L’image d’entrée&#xa0;: un fichier ou une URL https.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>path|url</source>
        <translation>chemin|url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen in the video; may hold {a|b} alternatives.</source>
        <translation>Ce qui doit se passer dans la vidéo ; peut contenir des variantes {a|b}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base name of the MP4s (clip.mp4 -&gt; clip-1-....mp4); default: the results folder.</source>
        <translation>Nom de base des MP4 (clip.mp4 -&gt; clip-1-....mp4) ; par défaut : le dossier des résultats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace output files that already exist.</source>
        <translation>Remplacer les fichiers de sortie qui existent déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run each combination with this many distinct random seeds.</source>
        <translation>Exécuter chaque combinaison avec ce nombre de graines aléatoires distinctes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --seeds: the seeds count up from --seed instead.</source>
        <translation>Avec --seeds : les graines comptent à partir de --seed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each combination with these seeds.</source>
        <translation>Exécuter chaque combinaison avec ces graines.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps).</source>
        <translation>Faire varier un paramètre numérique sur des valeurs, p. ex. sample_shift=4,8,12 (deux balayages au plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAM=V1,V2,...</source>
        <translation>PARAM=V1,V2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every planned run and the total cost; send nothing.</source>
        <translation>Afficher chaque exécution prévue et le coût total ; ne rien envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --dry-run: one JSON line per planned run, then the total.</source>
        <translation>Avec --dry-run : une ligne JSON par exécution prévue, puis le total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when a run would pass a budget cap.</source>
        <translation>Envoyer même si une exécution dépasse un plafond de budget.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seeds and --seed-list cannot be used together.</source>
        <translation>--seeds et --seed-list ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seeds takes a number of runs, 1 to %1.</source>
        <translation>--seeds attend un nombre d’exécutions, de 1 à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--consecutive only goes with --seeds.</source>
        <translation>--consecutive ne s’utilise qu’avec --seeds.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--json goes with --dry-run; the runs of a batch always print JSON lines.</source>
        <translation>--json va avec --dry-run ; les exécutions d’un lot affichent toujours des lignes JSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n exécution, environ %1 crédits au total.</numerusform>
            <numerusform>%n exécutions, environ %1 crédits au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 (%2):</source>
        <translation>Exécution %1 (%2) :</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>Le lot s’est arrêté : %n exécution suivante n’a pas été envoyée.</numerusform>
            <numerusform>Le lot s’est arrêté : %n exécutions suivantes n’ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>What should happen in the video.</source>
        <translation>Ce qui doit se passer dans la vidéo.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-162"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Where to save the MP4.</source>
        <translation>Où enregistrer le MP4.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+3"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>file.mp4</source>
        <translation>fichier.mp4</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <location filename="../app/cli/exportcommand.cpp" line="-91"/>
        <location filename="../app/cli/framecommand.cpp" line="-40"/>
        <source>Replace the --out file if it already exists.</source>
        <translation>Remplacer le fichier --out s’il existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-114"/>
        <source>%1: %2 Allowed: %3; default %4.</source>
        <translation>%1&#xa0;: %2 Autorisé&#xa0;: %3&#xa0;; par défaut %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommand.cpp" line="-1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>Choose a random seed (it is printed with the result).</source>
        <translation>Choisir une graine aléatoire (elle est affichée avec le résultat).</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+10"/>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Turn go_fast off: slower, slightly better quality.</source>
        <translation>Désactiver go_fast&#xa0;: plus lent, qualité légèrement meilleure.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Use the synchronous v1 call instead of submit and poll.</source>
        <translation>Utiliser l’appel synchrone v1 au lieu de soumettre puis interroger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, its settings the defaults, and the run records where it came from.</source>
        <translation>Prolonger un clip&#xa0;: son image exacte (la dernière, sauf indication contraire de --at) devient l’image, ses réglages les valeurs par défaut, et l’exécution note d’où elle vient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clip.mp4|library id</source>
        <translation>clip.mp4|id de bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --continue-from: last (default), first, a frame index from 0, or seconds (2.5).</source>
        <translation>Avec --continue-from&#xa0;: last (par défaut), first, un indice d’image à partir de 0, ou des secondes (2.5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when the run would pass a budget cap.</source>
        <translation>Envoyer même si l’exécution dépasse un plafond de budget.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--image and --continue-from cannot be used together: a continuation&apos;s image is the clip&apos;s frame.</source>
        <translation>--image et --continue-from ne peuvent pas être utilisés ensemble&#xa0;: l’image d’une suite est l’image du clip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at only goes with --continue-from.</source>
        <translation>--at ne s’utilise qu’avec --continue-from.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+14"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--image is required: a file or an https URL.</source>
        <translation>--image est obligatoire&#xa0;: un fichier ou une URL https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--prompt is required and must not be empty.</source>
        <translation>--prompt est obligatoire et ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--out is required: where to save the MP4.</source>
        <translation>--out est obligatoire&#xa0;: où enregistrer le MP4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed and --random-seed cannot be used together.</source>
        <translation>--seed et --random-seed ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+31"/>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>The image %1 does not exist.</source>
        <translation>L’image %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+38"/>
        <source>Error: the run could not be recorded in the library: %1</source>
        <translation>Erreur&#xa0;: l’exécution n’a pas pu être enregistrée dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space, then run the command again; nothing was sent.</source>
        <translation>Le disque est plein. Libérez de l’espace, puis relancez la commande&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.</source>
        <translation>Le service a accepté cette exécution comme requête %1&#xa0;; `wanstudio resume` la récupère une fois terminée.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)</source>
        <translation>Usage&#xa0;: wanstudio [IMAGE]            ouvre la fenêtre du studio (éventuellement avec une image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio generate [options] make a video from an image, headless</source>
        <translation>        wanstudio generate [options] crée une vidéo à partir d’une image, sans interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio credits            print the credit balance</source>
        <translation>        wanstudio credits            affiche le solde de crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio resume             fetch runs the service accepted but this computer did not receive</source>
        <translation>        wanstudio resume             récupère les exécutions que le service a acceptées mais que cet ordinateur n’a pas reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library list|show  what the library holds</source>
        <translation>        wanstudio library list|show  ce que contient la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library rebuild    list the clips again in a lost or damaged library</source>
        <translation>        wanstudio library rebuild    répertorie à nouveau les clips d’une bibliothèque perdue ou endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)</source>
        <translation>        wanstudio frame CLIP         enregistre une image exacte d’un clip en PNG (--at, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)</source>
        <translation>       wanstudio export ENTRÉE...   assembler des clips en MP4, WebM, GIF, WebP ou images PNG (--format, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)</source>
        <translation>       wanstudio sequence create|list|show|export  scènes de clips de la bibliothèque, exportées d’un seul tenant (mlt&#xa0;: pour un logiciel de montage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)</source>
        <translation>       wanstudio batch [options]    plusieurs exécutions à la fois : variantes {a|b} du prompt, graines, balayages (--dry-run)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio spend              what runs cost: totals and per day (--since, --json)</source>
        <translation>       wanstudio spend              ce que coûtent les exécutions : totaux et par jour (--since, --json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio settings list|get|set  the settings a script needs, budget caps among them</source>
        <translation>       wanstudio settings list|get|set  les réglages utiles aux scripts, dont les plafonds de budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio COMMAND --help     options of a command</source>
        <translation>        wanstudio COMMANDE --help    options d’une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>La clé provient de SEGMIND_API_KEY ou du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+142"/>
        <source>Fetches the runs the service accepted but this computer never received (after a crash, a kill or a dropped connection). It never submits a run again.</source>
        <translation>Récupère les exécutions que le service a acceptées mais que cet ordinateur n’a jamais reçues (après un plantage, un arrêt forcé ou une coupure de connexion). Ne soumet jamais une exécution à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send the runs that were queued but never sent.</source>
        <translation>Envoyer aussi les exécutions mises en file d’attente mais jamais envoyées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this run of the library.</source>
        <translation>Uniquement cette exécution de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed.</source>
        <translation>Enregistrer ailleurs&#xa0;: un dossier (chaque clip garde son nom de fichier), ou un fichier quand une seule exécution est reprise.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-21"/>
        <source>What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for Shotcut and Kdenlive that refers to the original clips).</source>
        <translation>Quoi écrire&#xa0;: mp4, webm, gif, webp, png (un dossier d’images) ou mlt (un projet pour Shotcut et Kdenlive qui renvoie aux clips d’origine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to write: mp4, webm, gif, webp or png (a folder of frames).</source>
        <translation>Quoi écrire&#xa0;: mp4, webm, gif, webp ou png (un dossier d’images).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to save it (for png: a new or empty folder).</source>
        <translation>Où l’enregistrer (pour png&#xa0;: un dossier nouveau ou vide).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long edge in pixels (the aspect is kept); default: the first clip&apos;s size.</source>
        <translation>Le grand côté en pixels (les proportions sont gardées)&#xa0;; par défaut&#xa0;: la taille du premier clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new frame rate (frames are repeated or dropped); default: the first clip&apos;s.</source>
        <translation>Une nouvelle fréquence d’images (des images sont répétées ou omises)&#xa0;; par défaut&#xa0;: celle du premier clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at every join, instead of the crossfades the sequence keeps for each join.</source>
        <translation>Fondre N images à chaque jonction, au lieu des fondus que la séquence garde pour chaque jonction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at each join.</source>
        <translation>Fondre N images à chaque jonction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play forward, then back, for a seamless loop.</source>
        <translation>Lire en avant puis en arrière, pour une boucle sans raccord visible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a clip continues the one before it, correct its colours toward the frame it continues, so a chain&apos;s colour drift does not jump at the joins.</source>
        <translation>Là où un clip continue le précédent, corriger ses couleurs vers l’image qu’il continue, pour que la dérive des couleurs d’une chaîne ne saute pas aux jonctions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF is better.</source>
        <translation>MP4&#xa0;: CRF 0-51 (20 par défaut)&#xa0;; WebM&#xa0;: CRF 0-63 (32 par défaut)&#xa0;; WebP&#xa0;: 0-100 (80 par défaut). Un CRF plus bas est meilleur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4: always encode new pictures, even where the clips could be copied as they are.</source>
        <translation>MP4&#xa0;: toujours encoder de nouvelles images, même là où les clips pourraient être copiés tels quels.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>--format must be mp4, webm, gif, webp or png.</source>
        <translation>--format doit être mp4, webm, gif, webp ou png.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>--out is required: where to save the export.</source>
        <translation>--out est obligatoire&#xa0;: où enregistrer l’export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--match-colour changes the pictures, which an MLT project does not hold: export a video or frames with it.</source>
        <translation>--match-colour modifie les images, qu’un projet MLT ne contient pas : exportez avec lui une vidéo ou des images.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--width must be a number of pixels from 16 to 8192.</source>
        <translation>--width doit être un nombre de pixels de 16 à 8192.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crossfade must be a number of frames from 0 to 1000.</source>
        <translation>--crossfade doit être un nombre d’images de 0 à 1000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quality must be a number from 0 to 100.</source>
        <translation>--quality doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps must be a frame rate above 0 and at most 240.</source>
        <translation>--fps doit être une fréquence supérieure à 0 et d’au plus 240.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 of %2 frames</source>
        <translation>%1 images sur %2 exportées</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its first frame, the same picture as the last one before it.</source>
        <translation>Assemble des clips dans l’ordre et les enregistre en un seul MP4, WebM, GIF ou WebP animé, ou en un dossier d’images PNG numérotées. Un clip qui continue le précédent (selon sa lignée) perd sa première image, la même que la dernière avant lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips (MP4 files) or library ids, in order.</source>
        <translation>Clips (fichiers MP4) ou identifiants de la bibliothèque, dans l’ordre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INPUT...</source>
        <translation>ENTRÉE...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With one input: only frames IN to OUT (from 0, both included).</source>
        <translation>Avec une seule entrée&#xa0;: seulement les images IN à OUT (à partir de 0, toutes deux incluses).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the clips to export: wanstudio export INPUT... --format mp4 --out FILE</source>
        <translation>indiquez les clips à exporter&#xa0;: wanstudio export ENTRÉE... --format mp4 --out FICHIER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trim goes with a single input; several inputs are exported whole.</source>
        <translation>--trim ne va qu’avec une seule entrée&#xa0;; plusieurs entrées sont exportées entières.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trim must be IN:OUT, two frame indexes from 0 (0:40).</source>
        <translation>--trim doit être IN:OUT, deux numéros d’image à partir de 0 (0:40).</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>With --out: an existing file there may be replaced.</source>
        <translation>Avec --out&#xa0;: un fichier existant à cet endroit peut être remplacé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: --id takes the number of a run in the library (see `wanstudio library list`).</source>
        <translation>Erreur&#xa0;: --id attend le numéro d’une exécution de la bibliothèque (voir `wanstudio library list`).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the library could not be used: %1</source>
        <translation>Erreur&#xa0;: la bibliothèque n’a pas pu être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 is left alone: another Wan Studio process (pid %2) is working on it.</source>
        <translation>L’exécution %1 n’est pas touchée&#xa0;: un autre processus Wan Studio (pid %2) s’en occupe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 has nothing to resume: it is finished, or not in the library.</source>
        <translation>L’exécution %1 n’a rien à reprendre&#xa0;: elle est terminée, ou absente de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: its clip had been saved: %2</source>
        <translation>Exécution %1&#xa0;: son clip avait déjà été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2</source>
        <translation>Exécution %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n exécution a été mise en file d’attente mais jamais envoyée&#xa0;; `wanstudio resume --queued` l’envoie.</numerusform>
            <numerusform>%n exécutions ont été mises en file d’attente mais jamais envoyées&#xa0;; `wanstudio resume --queued` les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+149"/>
        <location line="+4"/>
        <source>Run %1:</source>
        <translation>Exécution %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>Erreur&#xa0;: %n exécution serait enregistrée dans le seul fichier %1&#xa0;; indiquez un dossier, ou choisissez une exécution avec --id.</numerusform>
            <numerusform>Erreur&#xa0;: %n exécutions seraient enregistrées dans le seul fichier %1&#xa0;; indiquez un dossier, ou choisissez une exécution avec --id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.</source>
        <translation>`wanstudio resume --id %1 --out FOLDER` l’enregistre ailleurs&#xa0;; rien n’est perdu entre-temps.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Resuming run %1 (request %2)</source>
        <translation>Reprise de l’exécution %1 (requête %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs whose prompt contains these words.</source>
        <translation>Uniquement les exécutions dont le prompt contient ces mots.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>Au plus ce nombre d’exécutions (50 par défaut).</translation>
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
        <translation>Liste les exécutions de la bibliothèque, en affiche une, ou la chaîne de suites qui mène à l’une d’elles. `library rebuild --help` explique comment répertorier à nouveau les clips.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID, chain ID, or rebuild</source>
        <translation>list, show ID, chain ID ou rebuild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.</source>
        <translation>Erreur&#xa0;: indiquez `library list`, `library show ID`, `library chain ID` ou `library rebuild`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Error: there is no run %1 in the library.</source>
        <translation>Erreur&#xa0;: il n’y a pas d’exécution %1 dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: run %1 continued run %2 from frame %3, which is no longer in the library; the chain is listed from run %1.</source>
        <translation>Remarque&#xa0;: l’exécution %1 prolongeait l’exécution %2 à partir de l’image %3, qui n’est plus dans la bibliothèque&#xa0;; la chaîne est listée à partir de l’exécution %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The library is empty.</source>
        <translation>La bibliothèque est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/rebuildcommand.cpp" line="+20"/>
        <source>Lists the clips of the results folder, the library&apos;s media folder and any --from folder in the library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside (never deleted) and a fresh one is made; clips already listed are not added twice.</source>
        <translation>Répertorie à nouveau dans la bibliothèque les clips du dossier des résultats, du dossier média de la bibliothèque et de tout dossier --from&#xa0;: chaque MP4 qui contient des réglages Wan Studio. Une bibliothèque endommagée est mise de côté (jamais supprimée) et une nouvelle est créée&#xa0;; les clips déjà répertoriés ne sont pas ajoutés deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also look in this folder (and its subfolders); may be given more than once.</source>
        <translation>Chercher aussi dans ce dossier (et ses sous-dossiers)&#xa0;; peut être indiqué plusieurs fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 is not a folder.</source>
        <translation>Erreur&#xa0;: %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged library was moved aside to %1.</source>
        <translation>La bibliothèque endommagée a été mise de côté dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the library could not be rebuilt: %1</source>
        <translation>Erreur&#xa0;: la bibliothèque n’a pas pu être reconstruite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>%n clip trouvé</numerusform>
            <numerusform>%n clips trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>%n ignoré (%1 déjà répertoriés, %2 sans réglages Wan Studio).</numerusform>
            <numerusform>%n ignorés (%1 déjà répertoriés, %2 sans réglages Wan Studio).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/framecommand.cpp" line="-9"/>
        <source>Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip&apos;s full size. The PNG carries the clip&apos;s name, the frame&apos;s number and the run&apos;s settings.</source>
        <translation>Enregistre une image d’un clip en PNG, exactement celle demandée, à la taille complète du clip. Le PNG porte le nom du clip, le numéro de l’image et les réglages de l’exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip (an MP4).</source>
        <translation>Le clip (un MP4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which frame: first, last (the default), an index from 0 (40), or a time in seconds with a decimal point (2.5; the frame the player shows at that time).</source>
        <translation>Quelle image&#xa0;: first (la première), last (la dernière, par défaut), un indice à partir de 0 (40) ou un temps en secondes avec un point décimal (2.5&#xa0;; l’image que le lecteur affiche à ce moment).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first|last|N|SECONDS</source>
        <translation>first|last|N|SECONDES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the PNG.</source>
        <translation>Où enregistrer le PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file.png</source>
        <translation>fichier.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the clip to take the frame from: wanstudio frame CLIP --out FILE.png</source>
        <translation>indiquez le clip dont extraire l’image&#xa0;: wanstudio frame CLIP --out FICHIER.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one clip at a time; also got %1.</source>
        <translation>un clip à la fois&#xa0;; reçu aussi&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out is required: where to save the PNG.</source>
        <translation>--out est obligatoire&#xa0;: où enregistrer le PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must name a .png file (the frame is saved as PNG): %1</source>
        <translation>--out doit désigner un fichier .png (l’image est enregistrée en PNG)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/continuefrom.cpp" line="+30"/>
        <location filename="../app/cli/sequencecommand.cpp" line="+62"/>
        <source>there is no run %1 in the library.</source>
        <translation>il n’y a pas d’exécution %1 dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 has no finished clip to continue from.</source>
        <translation>l’exécution %1 n’a pas de clip terminé à prolonger.</translation>
    </message>
    <message>
        <location filename="../app/cli/sequencecommand.cpp" line="-9"/>
        <source>name the sequence and its clips: wanstudio sequence create NAME ID...</source>
        <translation>indiquez la séquence et ses clips&#xa0;: wanstudio sequence create NOM ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sequence needs at least one clip: wanstudio sequence create NAME ID...</source>
        <translation>une séquence a besoin d’au moins un clip&#xa0;: wanstudio sequence create NOM ID...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 has no finished clip to put in a sequence.</source>
        <translation>la génération %1 n’a pas de clip terminé à mettre dans une séquence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: the sequence could not be saved: %1</source>
        <translation>Erreur&#xa0;: la séquence n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports a sequence: its clips joined in order, with the seam rule and the crossfade the sequence keeps at each join, or as an MLT project (--format mlt) for Shotcut and Kdenlive, crossfades included.</source>
        <translation>Exporte une séquence&#xa0;: ses clips assemblés dans l’ordre, avec la règle du raccord et le fondu que la séquence garde à chaque jonction, ou en projet MLT (--format mlt) pour Shotcut et Kdenlive, fondus compris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence&apos;s id (wanstudio sequence list).</source>
        <translation>L’identifiant de la séquence (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one sequence: wanstudio sequence export ID --format mp4 --out FILE</source>
        <translation>indiquez une séquence&#xa0;: wanstudio sequence export ID --format mp4 --out FICHIER</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>there is no sequence %1 in the library (wanstudio sequence list).</source>
        <translation>il n’y a pas de séquence %1 dans la bibliothèque (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>sequence %1 is empty: there is nothing to export.</source>
        <translation>la séquence %1 est vide&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order</source>
        <translation>Usage&#xa0;: wanstudio sequence create NOM ID...   une nouvelle séquence de générations de la bibliothèque, dans l’ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence list             the sequences in the library</source>
        <translation>       wanstudio sequence list             les séquences de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence show ID          a sequence&apos;s clips</source>
        <translation>       wanstudio sequence show ID          les clips d’une séquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH</source>
        <translation>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out CHEMIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sequence command “%1”: use create, list, show or export.</source>
        <translation>commande de séquence inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez create, list, show ou export.</translation>
    </message>
    <message>
        <location filename="../app/cli/spendcommand.cpp" line="-115"/>
        <source>What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the cost of failed and expired runs. Costs are the service&apos;s own figures; where it charged a run without saying how much, the model&apos;s typical cost is counted and marked as estimated.</source>
        <translation>Ce qu’ont coûté vos exécutions, d’après la bibliothèque : le total, par jour, semaine et mois, par clip conservé (favori), et le coût des exécutions échouées et expirées. Les coûts sont les chiffres du service ; quand il a facturé une exécution sans dire combien, le coût habituel du modèle est compté et marqué comme estimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count runs from this local date on (YYYY-MM-DD).</source>
        <translation>Compter les exécutions à partir de cette date locale (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object with the totals and the series.</source>
        <translation>Un objet JSON avec les totaux et les séries.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a date written YYYY-MM-DD, such as 2026-12-01; not &quot;%1&quot;.</source>
        <translation>--since attend une date au format AAAA-MM-JJ, par exemple 2026-12-01 ; pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Depuis le %1 : %2 crédits pour %n exécution facturée.</numerusform>
            <numerusform>Depuis le %1 : %2 crédits pour %n exécutions facturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Au total : %1 crédits pour %n exécution facturée.</numerusform>
            <numerusform>Au total : %1 crédits pour %n exécutions facturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n exécution comptée au coût habituel : le service n’a pas dit ce qu’elle a coûté.</numerusform>
            <numerusform>%n exécutions comptées au coût habituel : le service n’a pas dit ce qu’elles ont coûté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Par clip conservé : %1 crédits (%n favori).</numerusform>
            <numerusform>Par clip conservé : %1 crédits (%n favoris).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Exécutions échouées, annulées et expirées : %n exécution, %1 crédits.</numerusform>
            <numerusform>Exécutions échouées, annulées et expirées : %n exécutions, %1 crédits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n exécution échouée a peut-être été facturée sans coût enregistré ; votre console Segmind l’indique.</numerusform>
            <numerusform>%n exécutions échouées ont peut-être été facturées sans coût enregistré ; votre console Segmind les indique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month %1: %2 credits</source>
        <translation>Mois %1 : %2 crédits</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, reads and changes the settings a script needs. The API key is not a setting: it comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>Liste, lit et modifie les réglages utiles à un script. La clé d’API n’est pas un réglage : elle vient de SEGMIND_API_KEY ou du trousseau du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list, get CLÉ ou set CLÉ VALEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list and get: JSON instead of text.</source>
        <translation>list et get : JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>Il n’y a pas de réglage « %1 ». Les réglages sont : %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Use: wanstudio settings list | get KEY | set KEY VALUE.</source>
        <translation>Utilisation : wanstudio settings list | get CLÉ | set CLÉ VALEUR.</translation>
    </message>
</context>
<context>
    <name>wan::core::ApiKeyStore</name>
    <message>
        <location filename="../app/core/apikeystore.cpp" line="+32"/>
        <source>The system keychain could not be used (%1).</source>
        <translation>Le trousseau du système n’a pas pu être utilisé (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Le trousseau du système n’a pas pu enregistrer la clé (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>Le trousseau du système n’a pas pu supprimer la clé (%1).</translation>
    </message>
</context>
<context>
    <name>wan::core::CreditTracker</name>
    <message>
        <location filename="../app/core/credittracker.cpp" line="+33"/>
        <source>Credits: unknown</source>
        <translation>Crédits&#xa0;: inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: %1</source>
        <translation>Crédits&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last run %1)</source>
        <translation>(dernière exécution %1)</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelDescription</name>
    <message>
        <location filename="../app/core/modeldescription.cpp" line="+54"/>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image URL</source>
        <translation>une URL d’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text that is not empty</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model description is not valid JSON: %1</source>
        <translation>La description du modèle n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model description is not a JSON object.</source>
        <translation>La description du modèle n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model description has no id or endpoint.</source>
        <translation>La description du modèle n’a pas d’identifiant ni de point de terminaison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model endpoint &quot;%1&quot; is not a plain name.</source>
        <translation>Le point de terminaison du modèle «&#xa0;%1&#xa0;» n’est pas un nom simple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model description lists no parameters.</source>
        <translation>La description du modèle ne liste aucun paramètre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter of the model description has no name or an unknown type.</source>
        <translation>Un paramètre de la description du modèle n’a pas de nom ou a un type inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; is described twice.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est décrit deux fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter &quot;%1&quot; has an invalid range.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» a une plage non valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; needs a range.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» nécessite une plage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parameter &quot;%1&quot; lists no allowed values.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» ne liste aucune valeur autorisée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of &quot;%1&quot; is outside its own range.</source>
        <translation>La valeur par défaut de «&#xa0;%1&#xa0;» est hors de sa propre plage.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>%1 must be %2 (%3).</source>
        <translation>%1 doit être %2 (%3).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not text</source>
        <translation>ce n’est pas du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>got %1</source>
        <translation>reçu %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a value that is not text</source>
        <translation>une valeur qui n’est pas du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a whole number</source>
        <translation>ce n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not fit in 64 bits</source>
        <translation>cela ne tient pas sur 64 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a number</source>
        <translation>ce n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>got &quot;%1&quot;</source>
        <translation>reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; does not fit in 64 bits</source>
        <translation>«&#xa0;%1&#xa0;» ne tient pas sur 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelText</name>
    <message>
        <location filename="../app/core/modeltext.cpp" line="+13"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input image URL for video base. Choose a detailed image for best results.</source>
        <translation>Image de départ de la vidéo. Une image détaillée donne les meilleurs résultats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptive prompt for video content. Include vivid details for a richer video.</source>
        <translation>Prompt décrivant le contenu de la vidéo. Des détails vivants donnent une vidéo plus riche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility.</source>
        <translation>Règle le hasard&#xa0;; laissez vide pour un résultat entièrement aléatoire. Une graine précise rend le résultat reproductible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go fast</source>
        <translation>Mode rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates faster video generation. Disable for quality over speed.</source>
        <translation>Active une génération vidéo plus rapide. Désactivez-la pour privilégier la qualité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video frame count; 81 frames for optimal detail. Increase for smoother motion.</source>
        <translation>Nombre d’images de la vidéo&#xa0;; 81 pour un détail optimal. Augmentez-le pour un mouvement plus fluide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video resolution. Use 720p for higher clarity, 480p for faster generation.</source>
        <translation>Résolution de la vidéo&#xa0;: 720p pour plus de netteté, 480p pour une génération plus rapide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>Format d’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos.</source>
        <translation>Définit le format de l’image. 16:9 pour les vidéos en paysage, 9:16 pour le portrait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample shift</source>
        <translation>Décalage d’échantillonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusts image sampling shift. Use lower values for subtle changes.</source>
        <translation>Règle le décalage d’échantillonnage. Des valeurs basses donnent des changements subtils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determines video smoothness. Choose 16 fps for optimal balance.</source>
        <translation>Détermine la fluidité de la vidéo. 16 i/s offre le meilleur équilibre.</translation>
    </message>
</context>
<context>
    <name>wan::core::OutputPlace</name>
    <message>
        <location filename="../app/core/outputplace.cpp" line="+89"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the MP4 file to save the video in.</source>
        <translation>Indiquez le fichier MP4 dans lequel enregistrer la vidéo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the PNG file to save the frame in.</source>
        <translation>Indiquez le fichier PNG dans lequel enregistrer l’image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is a folder, not a file.</source>
        <translation>La destination «&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name inside it, for example “%1”.</source>
        <translation>Indiquez un nom de fichier à l’intérieur, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The output file “%1” is the clip the frame comes from: saving the frame there would destroy it.</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» est le clip dont vient l’image&#xa0;: y enregistrer l’image le détruirait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the frame, ending in .png.</source>
        <translation>Choisissez un autre nom pour l’image, se terminant par .png.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” is the input picture: saving the video there would destroy it.</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» est l’image d’entrée&#xa0;: y enregistrer la vidéo la détruirait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the video.</source>
        <translation>Choisissez un autre nom pour la vidéo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the frame there would destroy it.</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» est l’un des fichiers propres à Wan Studio (bibliothèque, réglages ou cache d’envoi)&#xa0;: y enregistrer l’image le détruirait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the video there would destroy it.</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» est l’un des fichiers propres à Wan Studio (bibliothèque, réglages ou cache d’envoi)&#xa0;: y enregistrer la vidéo le détruirait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose a file outside Wan Studio&apos;s data folder, for example in your Videos folder.</source>
        <translation>Choisissez un fichier hors du dossier de données de Wan Studio, par exemple dans votre dossier Vidéos.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The output file “%1” is inside a folder Wan Studio manages (“%2”).</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» se trouve dans un dossier géré par Wan Studio («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is not a regular file (a device, pipe or socket).</source>
        <translation>La destination «&#xa0;%1&#xa0;» n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name an ordinary MP4 file to save the video in.</source>
        <translation>Indiquez un fichier MP4 ordinaire dans lequel enregistrer la vidéo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name an ordinary PNG file to save the frame in.</source>
        <translation>Indiquez un fichier PNG ordinaire dans lequel enregistrer l’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” already exists.</source>
        <translation>Le fichier de sortie «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>Choisissez un autre nom ou autorisez son remplacement (--overwrite en ligne de commande).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder for “%1” cannot be created: “%2” is a file.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» ne peut pas être créé&#xa0;: «&#xa0;%2&#xa0;» est un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an output file in a folder that exists or can be created.</source>
        <translation>Choisissez un fichier de sortie dans un dossier qui existe ou qui peut être créé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the frame could not be saved as “%3”.</source>
        <translation>Wan Studio ne peut pas écrire dans le dossier «&#xa0;%1&#xa0;» (%2), l’image n’a donc pas pu être enregistrée sous «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the video could not be saved as “%3”.</source>
        <translation>Wan Studio ne peut pas écrire dans le dossier «&#xa0;%1&#xa0;» (%2), la vidéo n’a donc pas pu être enregistrée sous «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire, ou vérifiez ses autorisations et l’espace libre.</translation>
    </message>
</context>
<context>
    <name>wan::core::PromptAlternatives</name>
    <message>
        <location filename="../app/core/promptalternatives.cpp" line="+62"/>
        <source>Character %1 opens a group inside the group opened at character %2: &quot;%3&quot;. Groups cannot be nested; close the first one with }, or write \{ for a literal brace.</source>
        <translation>Le caractère %1 ouvre un groupe à l’intérieur du groupe ouvert au caractère %2 : « %3 ». Les groupes ne peuvent pas être imbriqués ; fermez le premier avec }, ou écrivez \{ pour une accolade littérale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character %1 closes a group that was never opened: &quot;%2&quot;. Open it with {, or write \} for a literal brace.</source>
        <translation>Le caractère %1 ferme un groupe qui n’a jamais été ouvert : « %2 ». Ouvrez-le avec {, ou écrivez \} pour une accolade littérale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group at character %1 has nothing to choose from: &quot;%2&quot;. Write the alternatives between the braces, separated by |.</source>
        <translation>Le groupe au caractère %1 ne propose rien : « %2 ». Écrivez les variantes entre les accolades, séparées par |.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group opened at character %1 is never closed: &quot;%2&quot;. Close it with }, or write \{ for a literal brace.</source>
        <translation>Le groupe ouvert au caractère %1 n’est jamais fermé : « %2 ». Fermez-le avec }, ou écrivez \{ pour une accolade littérale.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt&apos;s alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some alternatives.</source>
        <translation>Les variantes du prompt donnent %1 prompts (%2) ; %3 au plus peuvent être prévus à la fois. Retirez quelques variantes.</translation>
    </message>
</context>
<context>
    <name>wan::core::ScriptableSettings</name>
    <message>
        <location filename="../app/core/scriptablesettings.cpp" line="+39"/>
        <source>Credits a day&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Crédits que les exécutions d’une journée peuvent coûter avant qu’une exécution soit retenue ; 0 signifie aucun plafond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits a month&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Crédits que les exécutions d’un mois peuvent coûter avant qu’une exécution soit retenue ; 0 signifie aucun plafond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async (submit and poll) or sync (one long call).</source>
        <translation>async (envoyer puis interroger) ou sync (un seul long appel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once in the window: 1 to %1.</source>
        <translation>Exécutions simultanées dans la fenêtre : de 1 à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where clips are saved; empty means the data folder&apos;s results.</source>
        <translation>Où les clips sont enregistrés ; vide signifie le dossier des résultats du dossier de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications when a run ends: true or false.</source>
        <translation>Notifications du bureau à la fin d’une exécution : true ou false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s language code (en, de, es, fr, ja, zh_CN); empty means the system&apos;s.</source>
        <translation>Le code de langue de la fenêtre (en, de, es, fr, ja, zh_CN) ; vide signifie celle du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system, light, dark or highContrast.</source>
        <translation>system, light, dark ou highContrast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>L’adresse de l’API ; vide signifie celle de Segmind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload service&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>L’adresse du service d’envoi de fichiers ; vide signifie celle de Segmind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not &quot;%2&quot;.</source>
        <translation>%1 attend un nombre de crédits, 0 ou plus (0 : aucun plafond), par exemple 5 ou 2.50 ; pas « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is async or sync, not &quot;%2&quot;.</source>
        <translation>%1 vaut async ou sync, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 est un nombre entier de 1 à %2, pas « %3 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is true or false, not &quot;%2&quot;.</source>
        <translation>%1 vaut true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of %2, or empty for the system&apos;s; not &quot;%3&quot;.</source>
        <translation>%1 vaut l’un de %2, ou vide pour celle du système ; pas « %3 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 vaut l’un de %2, pas « %3 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an http or https address, or empty for Segmind&apos;s own; not &quot;%2&quot;.</source>
        <translation>%1 est une adresse http ou https, ou vide pour celle de Segmind ; pas « %2 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set from the command line.</source>
        <translation>%1 ne peut pas être modifié depuis la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>wan::core::ShotVocabulary</name>
    <message>
        <location filename="../app/core/shotvocabulary.cpp" line="+19"/>
        <source>Camera moves</source>
        <translation>Mouvements de caméra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels toward the subject.</source>
        <translation>La caméra avance vers le sujet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels away from the subject.</source>
        <translation>La caméra s’éloigne du sujet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns to the left on the spot.</source>
        <translation>La caméra pivote vers la gauche sur place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns upward on the spot.</source>
        <translation>La caméra bascule vers le haut sur place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera circles the subject from above.</source>
        <translation>La caméra tourne autour du sujet, vue d’en haut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera follows the subject with a slight shake.</source>
        <translation>La caméra suit le sujet avec un léger tremblement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not move; only the scene does.</source>
        <translation>La caméra ne bouge pas ; seule la scène bouge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shot sizes</source>
        <translation>Valeurs de plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail fills the frame, such as an eye or a hand.</source>
        <translation>Un détail remplit le cadre, comme un œil ou une main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A face or one object fills most of the frame.</source>
        <translation>Un visage ou un objet occupe presque tout le cadre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person from the waist up.</source>
        <translation>Une personne de la taille à la tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole subject with plenty of its surroundings.</source>
        <translation>Le sujet entier avec une bonne part de son environnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenses and focus</source>
        <translation>Objectifs et mise au point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is sharp and the background soft.</source>
        <translation>Le sujet est net et l’arrière-plan flou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focus shifts from one subject to another during the shot.</source>
        <translation>La mise au point passe d’un sujet à un autre pendant le plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wide view with stretched edges and deep space.</source>
        <translation>Un champ large aux bords étirés et à l’espace profond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow view that flattens distance.</source>
        <translation>Un champ étroit qui écrase les distances.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm, low sunlight shortly before sunset.</source>
        <translation>Lumière chaude et rasante peu avant le coucher du soleil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool, soft light just after sunset.</source>
        <translation>Lumière froide et douce juste après le coucher du soleil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The light comes from behind the subject, outlining it.</source>
        <translation>La lumière vient de derrière le sujet et dessine son contour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even light from a cloudy sky, with faint shadows.</source>
        <translation>Lumière égale d’un ciel nuageux, aux ombres légères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion speed</source>
        <translation>Vitesse du mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement is slowed down and smooth.</source>
        <translation>Le mouvement est ralenti et fluide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time passes quickly: clouds race and light changes.</source>
        <translation>Le temps passe vite : les nuages filent et la lumière change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, calm motions in the scene.</source>
        <translation>De petits mouvements calmes dans la scène.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Ambiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look of a feature film: graded colour and careful framing.</source>
        <translation>L’aspect d’un long métrage : couleurs étalonnées et cadrage soigné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft, hazy and slightly unreal.</source>
        <translation>Doux, vaporeux et un peu irréel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark tones and strong contrast.</source>
        <translation>Tons sombres et contraste marqué.</translation>
    </message>
</context>
<context>
    <name>wan::image::ImageInspector</name>
    <message>
        <location filename="../app/image/imageinspector.cpp" line="+145"/>
        <source>The pasted image could not be saved: %1.</source>
        <translation>L’image collée n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that there is free disk space, then paste again.</source>
        <translation>Vérifiez qu’il reste de l’espace disque, puis collez à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be encoded as PNG</source>
        <translation>elle n’a pas pu être encodée en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 ne peut pas être écrit (%2)</translation>
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
        <translation>«&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists, or choose it again.</source>
        <translation>Vérifiez que le fichier existe toujours, ou choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a picture.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file inside it instead.</source>
        <translation>Choisissez plutôt un fichier image qu’il contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a picture file but a pipe, socket or device, so it cannot be read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier image mais un tube, un socket ou un périphérique&#xa0;; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file saved on a disk.</source>
        <translation>Choisissez un fichier image enregistré sur un disque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be opened for reading.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert en lecture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you are allowed to read it (its permissions), or copy it to a folder you can read.</source>
        <translation>Vérifiez que vous avez le droit de le lire (ses permissions), ou copiez-le dans un dossier que vous pouvez lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>“%1” is too large (%2 MB).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux (%2 Mo).</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Use a smaller picture, or reduce it in an image editor first.</source>
        <translation>Utilisez une image plus petite, ou réduisez-la d’abord dans un éditeur d’images.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network share is available, then try again.</source>
        <translation>Vérifiez que le disque ou le partage réseau est disponible, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be decoded.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être décodé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may be damaged; try opening it in an image editor and saving it again.</source>
        <translation>Le fichier est peut-être endommagé&#xa0;; essayez de l’ouvrir dans un éditeur d’images et de l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large: %2 × %3 pixels (the limit is %4 megapixels).</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand&#xa0;: %2 × %3 pixels (la limite est de %4 mégapixels).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce it in an image editor to a few thousand pixels on each side, then try again.</source>
        <translation>Réduisez-le dans un éditeur d’images à quelques milliers de pixels de côté, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may not have finished copying or downloading; choose it again when it has.</source>
        <translation>La copie ou le téléchargement du fichier n’est peut-être pas terminé&#xa0;; choisissez-le à nouveau une fois fini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a %2 image, which this system cannot decode.</source>
        <translation>«&#xa0;%1&#xa0;» est une image %2, que ce système ne sait pas décoder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to JPEG or PNG first (most photo apps can export it).</source>
        <translation>Convertissez-la d’abord en JPEG ou PNG (la plupart des applications photo savent l’exporter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is incomplete: the file ends before the picture does.</source>
        <translation>«&#xa0;%1&#xa0;» est incomplet&#xa0;: le fichier se termine avant l’image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or download the file again, or choose another picture.</source>
        <translation>Copiez ou téléchargez à nouveau le fichier, ou choisissez une autre image.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a picture.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.</source>
        <translation>Choisissez une image JPEG, PNG, WebP, GIF, BMP ou TIFF.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a %2 picture of %3 × %4 pixels; pictures in that format are read only up to %5 megapixels (JPEG and PNG up to %6).</source>
        <translation>«&#xa0;%1&#xa0;» est une image %2 de %3 × %4 pixels&#xa0;; les images de ce format ne sont lues que jusqu’à %5 mégapixels (JPEG et PNG jusqu’à %6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it as JPEG or PNG (any image editor can), or make it smaller, then try again.</source>
        <translation>Enregistrez-la en JPEG ou PNG (tout éditeur d’images le permet) ou réduisez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is %2 × %3 pixels, too long and narrow for the video: the picture sent would be %4 × %5 pixels (the limit is %6 megapixels).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 × %3 pixels, trop long et étroit pour la vidéo&#xa0;: l’image envoyée ferait %4 × %5 pixels (la limite est de %6 mégapixels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop it closer to the video&apos;s shape (16:9 or 9:16), then try again.</source>
        <translation>Recadrez-la au plus près du format de la vidéo (16:9 ou 9:16), puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Animated image: only the first frame is used.</source>
        <translation>Image animée&#xa0;: seule la première image est utilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds several pictures: only the first is used.</source>
        <translation>Le fichier contient plusieurs images&#xa0;: seule la première est utilisée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” (%2 × %3 pixels) would need about %4 MB of memory to decode at 16 bits per channel; the limit is %5 MB.</source>
        <translation>«&#xa0;%1&#xa0;» (%2 × %3 pixels) nécessiterait environ %4 Mo de mémoire pour être décodé en 16 bits par canal&#xa0;; la limite est de %5 Mo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it with 8 bits per channel, or smaller, in an image editor, then try again.</source>
        <translation>Enregistrez-la en 8 bits par canal, ou en plus petit, dans un éditeur d’images, puis réessayez.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be converted to JPEG.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être converti en JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, save the picture as PNG and use that.</source>
        <translation>Réessayez&#xa0;; si l’échec persiste, enregistrez l’image en PNG et utilisez ce fichier.</translation>
    </message>
</context>
<context>
    <name>wan::image::PngScaledReader</name>
    <message>
        <location filename="../app/image/pngscaledreader.cpp" line="+322"/>
        <location line="+6"/>
        <source>the PNG decoder could not start</source>
        <translation>le décodeur PNG n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is not enough memory for the scaled picture</source>
        <translation>la mémoire est insuffisante pour l’image mise à l’échelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PNG data is damaged</source>
        <translation>les données PNG sont endommagées</translation>
    </message>
</context>
<context>
    <name>wan::image::RemoteImage</name>
    <message>
        <location filename="../app/image/remoteimage.cpp" line="+87"/>
        <source>%1 Use an address that starts with https://, or save the picture and choose the file.</source>
        <translation>%1 Utilisez une adresse commençant par https://, ou enregistrez l’image et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sent the picture on to “%2”, which is not a secure (https) address, so Wan Studio did not follow. Save the picture from your browser and choose the file instead.</source>
        <translation>%1 a redirigé l’image vers «&#xa0;%2&#xa0;», qui n’est pas une adresse sécurisée (https), donc Wan Studio ne l’a pas suivie. Enregistrez l’image depuis votre navigateur et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.</source>
        <translation>%1 a redirigé l’image vers d’autres adresses à répétition. Enregistrez-la depuis votre navigateur et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>L’image à l’adresse %1 pèse %2, plus que les %3 que Wan Studio télécharge pour une image. Enregistrez-la, réduisez-la et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>%1 answered with a web page, not a picture. Copy the address of the picture itself (right-click it, “Copy Image Address”), or save it and choose the file.</source>
        <translation>%1 a répondu par une page web, pas par une image. Copiez l’adresse de l’image elle-même (clic droit dessus, «&#xa0;Copier l’adresse de l’image&#xa0;»), ou enregistrez-la et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>L’image à l’adresse %1 dépasse %2, le maximum que Wan Studio télécharge pour une image. Enregistrez-la, réduisez-la et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.</source>
        <translation>%1 a répondu HTTP %2&#xa0;: il n’y a pas d’image à cette adresse. Vérifiez l’adresse, ou copiez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.</source>
        <translation>%1 a répondu HTTP %2&#xa0;: l’image n’est pas publique. Enregistrez-la depuis votre navigateur et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.</source>
        <translation>%1 a répondu HTTP %2&#xa0;: le serveur a un problème. Réessayez plus tard, ou enregistrez l’image et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 a répondu HTTP %2 au lieu d’envoyer l’image. Vérifiez l’adresse, ou enregistrez l’image et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 a envoyé une réponse vide au lieu d’une image. Vérifiez l’adresse, ou enregistrez l’image et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 sent is not a picture. Check that the address ends at the picture itself, or save it and choose the file.</source>
        <translation>Ce que %1 a envoyé n’est pas une image. Vérifiez que l’adresse mène à l’image elle-même, ou enregistrez-la et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.</source>
        <translation>%1 n’a pas répondu dans les %2 secondes. Réessayez, ou enregistrez l’image et choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be reached (%2). Check the address and your internet connection.</source>
        <translation>%1 est injoignable (%2). Vérifiez l’adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file instead.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 (%2). Enregistrez l’image depuis votre navigateur et choisissez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.</source>
        <translation>L’image à l’adresse %1 n’a pas pu être téléchargée (%2). Vérifiez l’adresse, ou enregistrez l’image et choisissez le fichier.</translation>
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
        <translation>%1 n’a pas de graine à faire varier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+7"/>
        <location line="+31"/>
        <location line="+43"/>
        <source>A batch has %1 to %2 runs (asked for %3).</source>
        <translation>Un lot compte de %1 à %2 exécutions (%3 demandées).</translation>
    </message>
    <message numerus="yes">
        <location line="-55"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-68"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>Les graines consécutives doivent rester entre 0 et %1&#xa0;: %n exécution à partir de %2 finirait à %3.</numerusform>
            <numerusform>Les graines consécutives doivent rester entre 0 et %1&#xa0;: %n exécutions à partir de %2 finiraient à %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>Impossible de tirer %n graine distincte.</numerusform>
            <numerusform>Impossible de tirer %n graines distinctes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 n’est pas un paramètre de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with variations; a sweep keeps it fixed.</source>
        <translation>Faites varier la graine avec les variantes&#xa0;; un balayage la garde fixe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+40"/>
        <source>%1 is not a number, so it cannot be swept.</source>
        <translation>%1 n’est pas un nombre, il ne peut donc pas être balayé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+4"/>
        <source>Enter at least one value of %1.</source>
        <translation>Saisissez au moins une valeur de %1.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 %2 is listed more than once.</source>
        <translation>%1 %2 figure plusieurs fois.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Enter the values to try, separated by commas.</source>
        <translation>Saisissez les valeurs à essayer, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From, to and step must be numbers.</source>
        <translation>De, À et Pas doivent être des nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be greater than 0.</source>
        <translation>Le pas doit être supérieur à 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2 in steps of %3 makes more than %4 runs.</source>
        <translation>De %1 à %2 par pas de %3 donne plus de %4 exécutions.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No runs planned.</source>
        <translation>Aucune exécution prévue.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n exécution, environ %1 crédits</numerusform>
            <numerusform>%n exécutions, environ %1 crédits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance is unknown, so the batch runs until the service refuses</source>
        <translation>%1&#xa0;; votre solde est inconnu, le lot s’exécute donc jusqu’à ce que le service refuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; your balance %2</source>
        <translation>%1&#xa0;; votre solde&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1&#xa0;; votre solde de %2 couvre %n exécution</numerusform>
            <numerusform>%1&#xa0;; votre solde de %2 couvre %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance %2 does not cover one run</source>
        <translation>%1&#xa0;; votre solde de %2 ne couvre pas une seule exécution</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1&#xa0;; votre solde de %2 ne couvre que %n sur %3&#xa0;: le lot s’arrête quand le solde ne couvre plus l’exécution suivante</numerusform>
            <numerusform>%1&#xa0;; votre solde de %2 ne couvre que %n sur %3&#xa0;: le lot s’arrête quand le solde ne couvre plus l’exécution suivante</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-129"/>
        <source>(nothing)</source>
        <comment>a prompt alternative that is empty</comment>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>prompt</source>
        <comment>an axis of a grid: the prompt&apos;s alternatives</comment>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt has no alternatives to vary: write them as {golden hour|blue hour}.</source>
        <translation>Le prompt n’a pas de variantes à faire varier : écrivez-les sous la forme {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Seed %1 is outside 0 to %2.</source>
        <translation>La graine %1 est hors de 0 à %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed %1 is listed more than once.</source>
        <translation>La graine %1 figure plusieurs fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2; the numbers that can be varied are %3.</source>
        <translation>%1 n’est pas un paramètre de %2 ; les nombres que l’on peut faire varier sont %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with seeds; a sweep keeps it fixed.</source>
        <translation>Faites varier la graine avec les graines ; un balayage la garde fixe.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.</source>
        <translation>Ces choix donnent %1 exécutions (%2) ; un lot en compte %3 au plus. Faites varier moins de choses à la fois.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>At most %1 parameters can be swept at once (asked for %2).</source>
        <translation>%1 paramètres au plus peuvent être balayés à la fois (%2 demandés).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies a parameter; the prompt and the seed have their own options.</source>
        <translation>Un balayage fait varier un paramètre ; le prompt et la graine ont leurs propres options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is swept twice; list all its values in one sweep.</source>
        <translation>%1 est balayé deux fois ; indiquez toutes ses valeurs dans un seul balayage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a number of seeds or a list of seeds, not both.</source>
        <translation>Indiquez soit un nombre de graines, soit une liste de graines, pas les deux.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows and the columns vary the same thing; choose two different axes.</source>
        <translation>Les lignes et les colonnes font varier la même chose ; choisissez deux axes différents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt has alternatives in braces: make the prompt one of the grid&apos;s axes, or remove the braces.</source>
        <translation>Le prompt contient des variantes entre accolades : faites du prompt l’un des axes de la grille, ou retirez les accolades.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A grid has at most %1 rows (asked for %2).</source>
        <translation>Une grille a au plus %1 lignes (%2 demandées).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grid has at most %1 columns (asked for %2).</source>
        <translation>Une grille a au plus %1 colonnes (%2 demandées).</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>%1 crédits dépensés, dont %n exécution encore en cours</numerusform>
            <numerusform>%1 crédits dépensés, dont %n exécutions encore en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits spent</source>
        <translation>%1 crédits dépensés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.</source>
        <translation>Retenue par votre budget quotidien de %1 crédits : %2 aujourd’hui, et ceci coûterait environ %3 de plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.</source>
        <translation>Retenue par votre budget mensuel de %1 crédits : %2 ce mois-ci, et ceci coûterait environ %3 de plus.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetGuard</name>
    <message>
        <location filename="../app/jobs/budgetguard.cpp" line="+40"/>
        <source>Nothing was sent for it. Send it anyway, or raise the cap in Settings.</source>
        <translation>Rien n’a été envoyé. Envoyez-la quand même, ou relevez le plafond dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::Continuation</name>
    <message>
        <location filename="../app/jobs/continuation.cpp" line="+114"/>
        <source>The frame could not be saved in the library&apos;s media folder.</source>
        <translation>L’image n’a pas pu être enregistrée dans le dossier des médias de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::ExportInputs</name>
    <message>
        <location filename="../app/jobs/exportinputs.cpp" line="+73"/>
        <source>There is no run %1 in the library.</source>
        <translation>Il n’y a pas d’exécution %1 dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Run %1 has no finished clip to export.</source>
        <translation>La génération %1 n’a pas de clip terminé à exporter.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="+75"/>
        <source>There is nothing to export: choose at least one clip.</source>
        <translation>Il n’y a rien à exporter : choisissez au moins un clip.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message>
        <location filename="../app/jobs/finishnotices.cpp" line="+16"/>
        <source>A batch was stopped</source>
        <translation>Un lot a été arrêté</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>Votre solde ne couvrirait pas l’exécution suivante&#xa0;; %n exécution n’a pas été envoyée.</numerusform>
            <numerusform>Votre solde ne couvrirait pas l’exécution suivante&#xa0;; %n exécutions n’ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your clip is ready</source>
        <translation>Votre clip est prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run failed</source>
        <translation>Une exécution a échoué</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n clip prêt</numerusform>
            <numerusform>%n clips prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annulé</numerusform>
            <numerusform>, %n annulés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch finished with failures</source>
        <translation>Un lot s’est terminé avec des échecs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your batch is ready</source>
        <translation>Votre lot est prêt</translation>
    </message>
</context>
<context>
    <name>wan::jobs::GenerationJob</name>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+61"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the image</source>
        <translation>Préparation de l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading the image</source>
        <translation>Envoi de l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 n’est pas un paramètre de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the value and try again; nothing was sent.</source>
        <translation>Corrigez la valeur et réessayez&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the client is gone</source>
        <translation>le client n’existe plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>la mise en route</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image address cannot be used: %1</source>
        <translation>L’adresse de l’image ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// image address, or choose a file on this computer.</source>
        <translation>Utilisez une adresse d’image https://, ou choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The clip had been saved before Wan Studio stopped: %1</source>
        <translation>Le clip avait été enregistré avant l’arrêt de Wan Studio&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_image.cpp" line="+166"/>
        <source>Upload failed (%1); trying again in %2 s.</source>
        <translation>L’envoi a échoué (%1)&#xa0;; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+45"/>
        <source>Waiting %1 s for the service&apos;s rate limit window to open.</source>
        <translation>Attente de %1 s avant que la limite de requêtes du service ne permette un nouvel envoi.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The run could not be recorded in the library (is the disk full?), so it was not sent; nothing was charged.</source>
        <translation>L’exécution n’a pas pu être enregistrée dans la bibliothèque (le disque est-il plein&#xa0;?), elle n’a donc pas été envoyée&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space, then send it again.</source>
        <translation>Libérez de l’espace disque, puis renvoyez-la.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="+112"/>
        <source>Rate limited by the service; trying again in %1 s.</source>
        <translation>Limité par le service&#xa0;; nouvel essai dans %1 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service may have accepted this run and may charge for it, so Wan Studio will not send it again by itself. Check the request history in your Segmind console before generating again.</source>
        <translation>Le service a peut-être accepté cette exécution et peut la facturer, donc Wan Studio ne la renverra pas de lui-même. Consultez l’historique des requêtes dans votre console Segmind avant de générer à nouveau.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waiting for the run</source>
        <translation>l’attente de l’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still on the service; resume it later to fetch the result (it is kept for an hour).</source>
        <translation>L’exécution est toujours sur le service&#xa0;; reprenez-la plus tard pour récupérer le résultat (il est conservé une heure).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking progress failed (%1); trying again.</source>
        <translation>La vérification de la progression a échoué (%1)&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-66"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-16"/>
        <source>Fetching the result failed (%1); trying again.</source>
        <translation>La récupération du résultat a échoué (%1)&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>downloading the video</source>
        <translation>la réception de la vidéo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clip was saved, but without its settings inside: %1</source>
        <translation>Le clip a été enregistré, mais sans ses réglages intégrés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The finished video is no longer available for download (HTTP %1).</source>
        <translation>La vidéo terminée n’est plus disponible au téléchargement (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download failed (%1); trying again.</source>
        <translation>Le téléchargement a échoué (%1)&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run may have finished and been charged, but the one-call API keeps no copy to download again. Submit-and-poll mode (the default) can fetch a result again after a dropped connection.</source>
        <translation>L’exécution est peut-être terminée et facturée, mais l’API à appel unique ne garde aucune copie à télécharger à nouveau. Le mode soumettre et interroger (par défaut) peut récupérer un résultat après une coupure de connexion.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running the generation</source>
        <translation>l’exécution de la génération</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobListModel</name>
    <message>
        <location filename="../app/jobs/joblistmodel.cpp" line="+125"/>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · running in another Wan Studio window or process (%2)</source>
        <translation>%1 · en cours dans une autre fenêtre ou un autre processus Wan Studio (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a free slot</source>
        <translation>En attente d’une place libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of about %3</source>
        <translation>%1 · %2 sur environ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1</source>
        <translation>Terminée en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · in another window</source>
        <translation>%1 · dans une autre fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by a budget cap</source>
        <translation>Retenue par un plafond de budget</translation>
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
        <translation>l’exécution n’a pas pu être enregistrée dans la bibliothèque, elle n’a donc pas été envoyée</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not sent: the balance would not cover this run. Nothing was charged for it.</source>
        <translation>Non envoyée&#xa0;: le solde ne couvrirait pas cette exécution. Rien n’a été facturé pour elle.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Discarded before it was sent; nothing was charged.</source>
        <translation>Abandonnée avant l’envoi&#xa0;; rien n’a été facturé.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_elsewhere.cpp" line="+122"/>
        <source>The Wan Studio process sending this run stopped; whether the service received it is unknown.</source>
        <translation>Le processus Wan Studio qui envoyait cette exécution s’est arrêté&#xa0;; on ne sait pas si le service l’a reçue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.</source>
        <translation>Non envoyée&#xa0;: le processus Wan Studio qui la préparait s’est arrêté. Elle est proposée à nouveau sous Exécutions non envoyées.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_hold.cpp" line="+69"/>
        <source>Waiting: an earlier run of its batch is held by a budget cap.</source>
        <translation>En attente&#xa0;: une exécution précédente de son lot est retenue par un plafond de budget.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent, at your word; nothing was charged for it.</source>
        <translation>Non envoyée, à votre demande ; rien n’a été facturé.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::RunRecorder</name>
    <message>
        <location filename="../app/jobs/runrecorder.cpp" line="+240"/>
        <source>The library could not record this run&apos;s progress (is the disk full, or is the database held by another program?). Wan Studio keeps trying.</source>
        <translation>La bibliothèque n’a pas pu enregistrer la progression de cette exécution (le disque est-il plein, ou la base de données est-elle bloquée par un autre programme&#xa0;?). Wan Studio continue d’essayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library could not record that the service accepted this run as request %1 (is the disk full, or is the database held by another program?). Wan Studio keeps trying and the run goes on; keep the request id, your Segmind console lists the run under it.</source>
        <translation>La bibliothèque n’a pas pu enregistrer que le service a accepté cette exécution comme requête %1 (le disque est-il plein, ou la base de données est-elle bloquée par un autre programme&#xa0;?). Wan Studio continue d’essayer et l’exécution se poursuit&#xa0;; conservez l’identifiant de requête, votre console Segmind répertorie l’exécution sous celui-ci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library still could not record this run; free some disk space.</source>
        <translation>La bibliothèque ne parvient toujours pas à enregistrer cette exécution&#xa0;; libérez de l’espace disque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library still could not record this run (request %1); free some disk space. Keep the request id: your Segmind console lists the run under it.</source>
        <translation>La bibliothèque ne parvient toujours pas à enregistrer cette exécution (requête %1)&#xa0;; libérez de l’espace disque. Conservez l’identifiant de requête&#xa0;: votre console Segmind répertorie l’exécution sous celui-ci.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wan Studio stopped while this run was being sent; whether the service received it is unknown.</source>
        <translation>Wan Studio s’est arrêté pendant l’envoi de cette exécution&#xa0;; on ne sait pas si le service l’a reçue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the request history in your Segmind console before generating it again.</source>
        <translation>Consultez l’historique des requêtes dans votre console Segmind avant de la générer à nouveau.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SequenceTimeline</name>
    <message>
        <location filename="../app/jobs/sequencetimeline.cpp" line="+64"/>
        <source>Run %1 of the sequence is no longer in the library. Remove it from the sequence.</source>
        <translation>L’exécution %1 de la séquence n’est plus dans la bibliothèque. Retirez-la de la séquence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of the sequence has no finished clip.</source>
        <translation>L’exécution %1 de la séquence n’a pas de clip terminé.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SessionClips</name>
    <message>
        <location filename="../app/jobs/sessionclips.cpp" line="+41"/>
        <source>(no prompt)</source>
        <translation>(aucun prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seed %2</source>
        <translation>%1, graine %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Seed %2</source>
        <translation>%1
Graine %2</translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n exécution prolonge ce clip.</numerusform>
            <numerusform>%n exécutions prolongent ce clip.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n img</numerusform>
            <numerusform>%n img</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>continues a clip from elsewhere, from frame %1</source>
        <translation>prolonge un clip venu d’ailleurs, depuis l’image %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues #%1 (deleted) from frame %2</source>
        <translation>prolonge #%1 (supprimé) depuis l’image %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continues #%1 from frame %2</source>
        <translation>prolonge #%1 depuis l’image %2</translation>
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
        <translation>La base de données de la bibliothèque n’a pas pu être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_p.h" line="+6"/>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-172"/>
        <location line="+77"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>La bibliothèque %1 n’a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.</source>
        <translation>La bibliothèque %1 est endommagée ou n’est pas une bibliothèque Wan Studio (%2). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a Wan Studio library. It was left as it is.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Wan Studio. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).</source>
        <translation>La bibliothèque %1 a été écrite par une version plus récente de Wan Studio (schéma %2&#xa0;; cette version lit %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 could not be checked (%2). It was left as it is.</source>
        <translation>La bibliothèque %1 n’a pas pu être vérifiée (%2). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library %1 is damaged (%2). It was left as it is.</source>
        <translation>La bibliothèque %1 est endommagée (%2). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The library %1 could not be set up: %2</source>
        <translation>La bibliothèque %1 n’a pas pu être initialisée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library %1 could not be upgraded and was left at its previous version: %2</source>
        <translation>La bibliothèque %1 n’a pas pu être mise à niveau et est restée à sa version précédente&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+108"/>
        <location line="+20"/>
        <location filename="../app/library/library_owners.cpp" line="+45"/>
        <source>There is no run %1 in the library.</source>
        <translation>Il n’y a pas d’exécution %1 dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The run was removed, but these files could not be deleted: %1</source>
        <translation>L’exécution a été retirée, mais ces fichiers n’ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_sequences.cpp" line="+86"/>
        <source>There is no sequence %1 in the library: it may have been deleted.</source>
        <translation>Il n’y a pas de séquence %1 dans la bibliothèque : elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>wan::library::LibraryRebuild</name>
    <message>
        <location filename="../app/library/libraryrebuild.cpp" line="+69"/>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 n’a pas pu être mis de côté&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its settings are not those of a Wan Studio run</source>
        <translation>ses réglages ne sont pas ceux d’une exécution Wan Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wan::library::Mp4Metadata</name>
    <message>
        <location filename="../app/library/mp4metadata.cpp" line="+220"/>
        <source>its index (moov box) is damaged</source>
        <translation>son index (boîte moov) est endommagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a fragmented MP4, which is not supported</source>
        <translation>c’est un MP4 fragmenté, qui n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its user data (udta box) is damaged</source>
        <translation>ses données utilisateur (boîte udta) sont endommagées</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+84"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a complete MP4 video: %2</source>
        <translation>%1 n’est pas une vidéo MP4 complète&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 has two indexes (moov boxes)</source>
        <translation>%1 a deux index (boîtes moov)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an index (moov box) too large to edit</source>
        <translation>%1 a un index (boîte moov) trop volumineux pour être modifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 ne peut pas être modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written beside the video: %2</source>
        <translation>%1 ne peut pas être écrit à côté de la vidéo&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rewritten video failed its check: %1</source>
        <translation>la vidéo réécrite n’a pas passé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rewritten video does not give its settings back: %1</source>
        <translation>la vidéo réécrite ne restitue pas ses réglages&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rewritten video gives different settings back</source>
        <translation>la vidéo réécrite restitue des réglages différents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be replaced</source>
        <translation>%1 n’a pas pu être remplacé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an MP4 video</source>
        <translation>%1 n’est pas une vidéo MP4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no index (moov box); it is incomplete</source>
        <translation>%1 n’a pas d’index (boîte moov)&#xa0;; il est incomplet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the settings in %1 are damaged: %2</source>
        <translation>les réglages contenus dans %1 sont endommagés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Wan Studio settings</source>
        <translation>%1 ne contient aucun réglage Wan Studio</translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message>
        <location filename="../app/media/clipframes.cpp" line="+64"/>
        <source>The clip “%1” does not exist.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file: give the path of an MP4 clip.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier&#xa0;: indiquez le chemin d’un clip MP4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip “%1” cannot be read: %2.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty (0 bytes): it holds no video.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide (0 octet)&#xa0;: il ne contient aucune vidéo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio decodes clips with, could not be loaded: %1</source>
        <translation>Les bibliothèques de FFmpeg, avec lesquelles Wan Studio décode les clips, n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The clip “%1” is incomplete (%2): it was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» est incomplet (%2)&#xa0;: il a sans doute été coupé pendant son enregistrement, sa copie ou son téléchargement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is not a video: it is not in a format FFmpeg can read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas une vidéo&#xa0;: il n’est dans aucun format que FFmpeg sait lire.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video in “%1” is %2, which this computer&apos;s FFmpeg cannot decode.</source>
        <translation>La vidéo de «&#xa0;%1&#xa0;» est en %2, que le FFmpeg de cet ordinateur ne sait pas décoder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds no video stream (only sound or other data).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne contient aucun flux vidéo (seulement du son ou d’autres données).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video in “%1” does not say its frame rate, so its frames cannot be numbered.</source>
        <translation>La vidéo de «&#xa0;%1&#xa0;» n’indique pas sa fréquence d’images, ses images ne peuvent donc pas être numérotées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to decode “%1”.</source>
        <translation>Pas assez de mémoire pour décoder «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The video in “%1” (%2) cannot be decoded: %3.</source>
        <translation>La vidéo de «&#xa0;%1&#xa0;» (%2) ne peut pas être décodée&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip “%1” holds no video frames.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» ne contient aucune image vidéo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clip “%1” is incomplete: the file ends after %2 of its %3 frames. It was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» est incomplet&#xa0;: le fichier s’arrête après %2 de ses %3 images. Il a sans doute été coupé pendant son enregistrement, sa copie ou son téléchargement.</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>L’image %1 est au-delà de la fin de «&#xa0;%2&#xa0;»&#xa0;: le clip a %n image, numérotée de 0 à %3.</numerusform>
            <numerusform>L’image %1 est au-delà de la fin de «&#xa0;%2&#xa0;»&#xa0;: le clip a %n images, numérotées de 0 à %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 s est au-delà de la fin de «&#xa0;%2&#xa0;»&#xa0;: le clip dure %3 s (%n image à %4 i/s&#xa0;; la dernière commence à %5 s).</numerusform>
            <numerusform>%1 s est au-delà de la fin de «&#xa0;%2&#xa0;»&#xa0;: le clip dure %3 s (%n images à %4 i/s&#xa0;; la dernière commence à %5 s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>No clip is open.</source>
        <translation>Aucun clip n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../app/media/clipframes_decode.cpp" line="+72"/>
        <source>“%1” cannot be read from its start.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu depuis son début.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 of “%2” is missing: the decoder went on to frame %3. The clip may be damaged.</source>
        <translation>L’image %1 de «&#xa0;%2&#xa0;» manque&#xa0;: le décodeur est passé à l’image %3. Le clip est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be decoded: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être décodé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame %1 of “%2” could not be decoded: the clip is damaged.</source>
        <translation>L’image %1 de «&#xa0;%2&#xa0;» n’a pas pu être décodée&#xa0;: le clip est endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” ends at frame %2, before frame %3, although it says it has %4 frames: the clip is damaged or cut short.</source>
        <translation>«&#xa0;%1&#xa0;» s’arrête à l’image %2, avant l’image %3, alors qu’il dit en avoir %4&#xa0;: le clip est endommagé ou tronqué.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frames of “%1” (%2) cannot be converted to RGB.</source>
        <translation>Les images de «&#xa0;%1&#xa0;» (%2) ne peuvent pas être converties en RVB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory for a %1x%2 frame.</source>
        <translation>Pas assez de mémoire pour une image de %1x%2.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePng</name>
    <message>
        <location filename="../app/media/framepng.cpp" line="+133"/>
        <source>The frame could not be saved as “%1”: %2</source>
        <translation>L’image n’a pas pu être enregistrée sous «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no picture to save.</source>
        <translation>il n’y a aucune image à enregistrer.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePosition</name>
    <message>
        <location filename="../app/media/frameposition.cpp" line="+31"/>
        <source>“%1” is not a frame: frames count from 0 (the first), and times from 0.0 seconds.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image&#xa0;: les images se comptent à partir de 0 (la première), et les temps à partir de 0.0 seconde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a frame: give first, last, a frame index from 0 (for example 40) or a time in seconds with a decimal point (for example 2.5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image&#xa0;: indiquez first, last, un indice d’image à partir de 0 (par exemple 40) ou un temps en secondes avec un point décimal (par exemple 2.5).</translation>
    </message>
</context>
<context>
    <name>wan::media::VideoExport</name>
    <message>
        <location filename="../app/media/mltproject.cpp" line="+24"/>
        <location filename="../app/media/videoexport.cpp" line="+285"/>
        <source>There is nothing to export: name at least one clip.</source>
        <translation>Il n’y a rien à exporter&#xa0;: indiquez au moins un clip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/media/videoexport.cpp" line="+93"/>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom ou autorisez son remplacement.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/media/videoexport.cpp" line="-58"/>
        <source>The trim %1:%2 is outside “%3”: its frames are numbered 0 to %4, and the in point must not come after the out point.</source>
        <translation>La coupe %1:%2 est hors de «&#xa0;%3&#xa0;»&#xa0;: ses images sont numérotées de 0 à %4, et le point d’entrée ne doit pas venir après le point de sortie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/media/videoexport.cpp" line="-22"/>
        <source>There are %1 joins but %2 crossfades: give one crossfade per join.</source>
        <translation>Il y a %1 jonctions mais %2 fondus&#xa0;: donnez un fondu par jonction.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <location filename="../app/media/videoexport.cpp" line="+229"/>
        <location filename="../app/media/videoexport_write.cpp" line="+30"/>
        <source>The export could not be written in “%1”: %2. Nothing was left behind.</source>
        <translation>L’export n’a pas pu être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n’a été laissé.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="-415"/>
        <location line="+23"/>
        <location line="+372"/>
        <location line="+40"/>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Say where to save the export.</source>
        <translation>Indiquez où enregistrer l’export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the crossfade 0 frames or more.</source>
        <translation>La taille doit être de 16 à 8192 pixels, la fréquence supérieure à 0 et d’au plus 240, et le fondu de 0 image ou plus.</translation>
    </message>
    <message>
        <location filename="../app/media/mltproject.cpp" line="-131"/>
        <location filename="../app/media/videoexport.cpp" line="+58"/>
        <source>A crossfade of %1 frames does not fit: “%2” has only %3 frames to blend (%4 needed). Choose a shorter crossfade.</source>
        <translation>Un fondu de %1 images ne tient pas&#xa0;: «&#xa0;%2&#xa0;» n’a que %3 images à fondre (%4 nécessaires). Choisissez un fondu plus court.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="+25"/>
        <source>“%1” already exists: the frames go into a new or empty folder. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: les images vont dans un dossier nouveau ou vide. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the clips being exported: choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est l’un des clips exportés&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” cannot be written.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio exports with, could not be loaded: %1</source>
        <translation>Les bibliothèques FFmpeg avec lesquelles Wan Studio exporte n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../app/media/videoexport_copy.cpp" line="+206"/>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>L’export a été annulé&#xa0;; rien n’a été laissé.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The export could not be put in place as “%1”: %2. Nothing was left behind.</source>
        <translation>L’export n’a pas pu être mis en place sous «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n’a été laissé.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_copy.cpp" line="-36"/>
        <source>The clips could not be copied: %1.</source>
        <translation>Les clips n’ont pas pu être copiés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clips could not be copied: a clip could not be read again.</source>
        <translation>Les clips n’ont pas pu être copiés&#xa0;: un clip n’a pas pu être relu.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_read.cpp" line="+94"/>
        <location line="+48"/>
        <source>“%1” cannot be decoded: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être décodé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the clip ends at frame %1, before frame %2: it is damaged or cut short.</source>
        <translation>le clip s’arrête à l’image %1, avant l’image %2&#xa0;: il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_write.cpp" line="-5"/>
        <source>The disk is full (or the file grew past the size this computer allows): the export did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>Le disque est plein (ou le fichier a dépassé la taille permise sur cet ordinateur)&#xa0;: l’export n’a pas tenu dans «&#xa0;%1&#xa0;». Libérez de l’espace ou choisissez un autre emplacement, puis exportez de nouveau&#xa0;; rien n’a été laissé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The encoder (%1) failed: %2.</source>
        <translation>L’encodeur (%1) a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This computer&apos;s FFmpeg has no %1 encoder, which this format needs. Install Debian&apos;s libavcodec59 (packaging/install-deps.sh) or choose another format.</source>
        <translation>Le FFmpeg de cet ordinateur n’a pas d’encodeur %1, nécessaire à ce format. Installez libavcodec59 de Debian (packaging/install-deps.sh) ou choisissez un autre format.</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The disk is full: the frames did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>Le disque est plein&#xa0;: les images n’ont pas tenu dans «&#xa0;%1&#xa0;». Libérez de l’espace ou choisissez un autre emplacement, puis exportez de nouveau&#xa0;; rien n’a été laissé.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_spill.cpp" line="+33"/>
        <source>The frames to play back could not be kept in “%1”: %2. Free some space there, or export without ping-pong.</source>
        <translation>Les images à rejouer à l’envers n’ont pas pu être gardées dans « %1 » : %2. Libérez de la place à cet endroit ou exportez sans ping-pong.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>a picture of another kind</source>
        <translation>une image d’un autre type</translation>
    </message>
</context>
<context>
    <name>wan::ui::Appearance</name>
    <message>
        <location filename="../ui/common/appearance.cpp" line="+154"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
</context>
<context>
    <name>wan::ui::ClipStrip</name>
    <message>
        <location filename="../ui/player/clipstrip.cpp" line="+208"/>
        <source>Session clips</source>
        <translation>Clips de cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s clips, newest first. Click one to play it.</source>
        <translation>Les clips de cette session, les plus récents d’abord. Cliquez sur l’un d’eux pour le lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, at the same moment, playing or paused as it was.</source>
        <translation>%1 et %2 passent au clip plus récent et au plus ancien&#xa0;; %3 bascule entre ce clip et celui affiché avant lui, au même instant, en lecture ou en pause comme avant.</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareCaption</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+285"/>
        <source>Settings of clip %1</source>
        <translation>Réglages du clip %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareLockstep</name>
    <message>
        <location filename="../ui/gallery/comparelockstep.cpp" line="+133"/>
        <location line="+53"/>
        <source>the file is damaged or not a video</source>
        <translation>le fichier est endommagé ou n’est pas une vidéo</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareSummary</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+47"/>
        <source>Same for all: %1</source>
        <translation>Identique pour tous&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>%n exécution sans vidéo terminée a été écartée.</numerusform>
            <numerusform>%n exécutions sans vidéo terminée ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 runs are compared.</source>
        <translation>Seules les %1 premières exécutions sont comparées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+202"/>
        <source>Choose two to four finished runs to compare.</source>
        <translation>Choisissez de deux à quatre exécutions terminées à comparer.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>Le clip %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Compare Runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery/compareview_frames.cpp" line="+51"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Enregistrer l’image en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y Frame</source>
        <translation>Cop&amp;ier l’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Continuer depuis ce&amp;tte image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Continuer depuis la dernière &amp;image</translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+87"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the clips…</source>
        <translation>Lecture des clips…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MP4 video (H.264)</source>
        <translation>Vidéo MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>Vidéo WebM (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (loops, 256 colours)</source>
        <translation>GIF (en boucle, 256 couleurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated WebP (loops)</source>
        <translation>WebP animé (en boucle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>Images PNG (un dossier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best (larger file)</source>
        <translation>Meilleure (fichier plus lourd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller file</source>
        <translation>Fichier plus léger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the clip&apos;s</source>
        <translation>Celle du clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &amp;rate:</source>
        <translation>Cadence d’&amp;images :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ping-pong loop: forward, then back</source>
        <translation>Boucle &amp;ping-pong : en avant, puis en arrière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fr&amp;om frame:</source>
        <translation>&amp;De l’image :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To frame:</source>
        <translation>À l’ima&amp;ge :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossfa&amp;de at joins:</source>
        <translation>Fond&amp;u aux jonctions :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Match colours where a clip continues the one before</source>
        <translation>&amp;Harmoniser les couleurs là où un clip continue le précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A continuation&apos;s colours drift a little from the frame it starts from; this corrects each continuing clip toward that frame, so the joins do not jump in colour.</source>
        <translation>Les couleurs d’une continuation dérivent un peu de l’image dont elle part ; ceci corrige chaque clip qui continue vers cette image, pour que les jonctions ne sautent pas en couleur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;in Folder</source>
        <translation>Afficher dans le d&amp;ossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is nothing to export.</source>
        <translation>Il n’y a rien à exporter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be exported: %1</source>
        <translation>Rien ne peut être exporté : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>« %1 » : %n image, %2 × %3, %4 i/s.</numerusform>
            <numerusform>« %1 » : %n images, %2 × %3, %4 i/s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n clip : %1 images en tout.</numerusform>
            <numerusform>%n clips, joints dans cet ordre : %1 images en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>%n d’entre eux continue le clip précédent et en répète la dernière image : cette image n’est montrée qu’une fois.</numerusform>
            <numerusform>%n d’entre eux continuent le clip précédent et en répètent la dernière image : cette image n’est montrée qu’une fois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Use the sequence&apos;s crossfade at each join (%1 frames)</source>
        <translation>Uti&amp;liser le fondu de la séquence à chaque jonction (%1 images)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncheck to use the one crossfade above at every join instead</source>
        <translation>Décochez pour utiliser plutôt le fondu ci-dessus à chaque jonction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these clips continues the one before it: there is no join to match.</source>
        <translation>Aucun de ces clips ne continue le précédent : il n’y a pas de jonction à harmoniser.</translation>
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
        <translation>Celle du clip (%1 i/s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (*.webm)</source>
        <translation>Vidéo WebM (*.webm)</translation>
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
        <translation>Un nouveau dossier pour les images (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export As</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+47"/>
        <source>Say where to save the export: a file name in “Save as”.</source>
        <translation>Indiquez où enregistrer l’export : un nom de fichier dans « Enregistrer sous ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the export…</source>
        <translation>Démarrage de l’export…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>« %1 » existe déjà. Le remplacer par l’export ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: choose another name, or agree to replace the file.</source>
        <translation>Rien n’a été exporté : choisissez un autre nom, ou acceptez de remplacer le fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting: frame %1 of %2</source>
        <translation>Export : image %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, environ %n minute restante</numerusform>
            <numerusform>, environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, environ %n seconde restante</numerusform>
            <numerusform>, environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>« %1 » enregistré : %n image, %2 × %3.</numerusform>
            <numerusform>« %1 » enregistré : %n images, %2 × %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clips were copied as they are, without encoding them again.</source>
        <translation>Les clips ont été copiés tels quels, sans nouvel encodage.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelling the export…</source>
        <translation>Annulation de l’export…</translation>
    </message>
</context>
<context>
    <name>wan::ui::FrameSaver</name>
    <message>
        <location filename="../ui/common/framesaver.cpp" line="+30"/>
        <source>last frame</source>
        <translation>dernière image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame</source>
        <translation>première image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Frame as PNG</source>
        <translation>Enregistrer l’image en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The frame could not be taken from the clip: %1</source>
        <translation>L’image n’a pas pu être extraite du clip : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame %1 (%2x%3) copied.</source>
        <translation>Image %1 (%2x%3) copiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 saved as “%2”.</source>
        <translation>Image %1 enregistrée sous « %2 ».</translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+66"/>
        <source>Preparing preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>Aucune vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(no prompt)</source>
        <translation>(aucun prompt)</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>%n suite</numerusform>
            <numerusform>%n suites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery/galleryview.cpp" line="+53"/>
        <source>Delete Clips</source>
        <translation>Supprimer des clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>Rechercher dans les prompts</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Favourites &amp;only</source>
        <translation>&amp;Favoris uniquement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourites only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip actions</source>
        <translation>Actions sur les clips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four finished clips side by side (C)</source>
        <translation>Comparer côte à côte de deux à quatre clips terminés (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same image as selected</source>
        <translation>Même image que la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No clips match.</source>
        <translation>Aucun clip ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move %n clip(s) to the trash?</source>
        <translation>
            <numerusform>Mettre %n clip à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre %n clips à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n exécution prolonge ces clips. Elle garde son clip et indiquera que le clip prolongé a été supprimé.</numerusform>
            <numerusform>%n exécutions prolongent ces clips. Elles gardent leurs clips et chacune indiquera que le clip prolongé a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the clip “%1”.</source>
        <translation>Impossible de supprimer le clip «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing clips made from “%1”</source>
        <translation>Clips créés à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Impossible d’ouvrir le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/gallery/galleryview_frames.cpp" line="+89"/>
        <source>Continue from last frame</source>
        <translation>Continuer depuis la dernière image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run (E)</source>
        <translation>La dernière image exacte du clip devient l’image de l’exécution suivante (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chain</source>
        <translation>Afficher la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the clips this one continues, from the first shot to this one, one after the other (H)</source>
        <translation>Lit les clips que celui-ci prolonge, du premier plan jusqu’à celui-ci, l’un après l’autre (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)</source>
        <translation>Enregistrer les clips sélectionnés, joints, en MP4, WebM, GIF, WebP ou images PNG (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save first frame as PNG…</source>
        <translation>Enregistrer la première image en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save last frame as PNG…</source>
        <translation>Enregistrer la dernière image en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy first frame</source>
        <translation>Copier la première image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last frame</source>
        <translation>Copier la dernière image</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames</source>
        <translation>Images</translation>
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
        <translation>En attente</translation>
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
        <translation>Impossible de lire le clip %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid: %1 × %2</source>
        <translation>Grille&#xa0;: %1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%1 exécution sur %n terminée. Lignes&#xa0;: %2&#xa0;; colonnes&#xa0;: %3. Les clips terminés sont lus ensemble&#xa0;; double-cliquez sur l’un d’eux, ou utilisez son bouton, pour l’ouvrir dans le studio.</numerusform>
            <numerusform>%1 exécutions sur %n terminées. Lignes&#xa0;: %2&#xa0;; colonnes&#xa0;: %3. Les clips terminés sont lus ensemble&#xa0;; double-cliquez sur l’un d’eux, ou utilisez son bouton, pour l’ouvrir dans le studio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in Studio</source>
        <translation>Ouvrir dans le studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays this clip (%1) in the studio&apos;s player.</source>
        <translation>Lit ce clip (%1) dans le lecteur du studio.</translation>
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
        <translation>Exécutions non envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>%n exécution mise en file d’attente lors d’une session précédente n’a jamais été envoyée. L’envoyer maintenant&#xa0;?</numerusform>
            <numerusform>%n exécutions mises en file d’attente lors d’une session précédente n’ont jamais été envoyées. Les envoyer maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>Rien n’a été facturé pour elle. L’envoyer coûte environ %1 crédits. Si vous l’avez refaite depuis, choisissez Abandonner.</numerusform>
            <numerusform>Rien n’a été facturé pour elles. Les envoyer coûte environ %1 crédits. Si vous les avez refaites depuis, choisissez Abandonner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no prompt)</source>
        <translation>(aucun prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · queued %2 · %3</source>
        <translation>#%1 · mise en file %2 · %3</translation>
    </message>
</context>
<context>
    <name>wan::ui::ImageWell</name>
    <message>
        <location filename="../ui/studio/imagewell.cpp" line="+122"/>
        <location line="+4"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The picture the video starts from. Click (or press Space) to choose a file, drop one here, or paste one with Ctrl+V. The bright frame is the part the video keeps.</source>
        <translation>L’image de départ de la vidéo. Cliquez (ou appuyez sur Espace) pour choisir un fichier, déposez-en un ici ou collez-en un avec Ctrl+V. Le cadre clair est la partie que la vidéo conserve.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size of the picture → size it is uploaded at (just enough to cover the video frame).</source>
        <translation>Taille de l’image → taille à l’envoi (juste assez pour couvrir le cadre de la vidéo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Image URL</source>
        <translation>URL de l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste an https:// image address</source>
        <translation>ou collez une adresse d’image https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address of a picture; press Enter to load it. It is downloaded without your API key, for the preview and the upload.</source>
        <translation>L’adresse https:// d’une image&#xa0;; appuyez sur Entrée pour la charger. Elle est téléchargée sans votre clé d’API, pour l’aperçu et l’envoi.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Downloading image…</source>
        <translation>Téléchargement de l’image…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading image…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving pasted image…</source>
        <translation>Enregistrement de l’image collée…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.</source>
        <translation>Aucune image choisie. JPEG, PNG, WebP, BMP, TIFF ou GIF.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a picture, an image file or an https:// image address, then paste again.</source>
        <translation>Copiez une image, un fichier image ou une adresse d’image https://, puis collez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/studio/imagewell_paint.cpp" line="+75"/>
        <source>Click to choose an image,
or drop or paste one here</source>
        <translation>Cliquez pour choisir une image,
ou déposez-en ou collez-en une ici</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Video frame %1x%2</source>
        <translation>Cadre vidéo %1x%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+109"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+28"/>
        <source>&amp;Player</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+0"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="+55"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Newer Clip</source>
        <translation>Clip plus &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older Clip</source>
        <translation>Clip plus &amp;ancien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flip to the Clip Before (A/B)</source>
        <translation>&amp;Basculer vers le clip précédent (A/B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+33"/>
        <source>Local demo: no AI, no real credits</source>
        <translation>Démo locale&#xa0;: pas d’IA, pas de vrais crédits</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+1"/>
        <location line="+42"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this image, prompt and parameters to %1 (Ctrl+Enter). About %2 credits.</source>
        <translation>Envoyer cette image, le prompt et les paramètres à %1 (Ctrl+Entrée). Environ %2 crédits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Generate is unavailable</source>
        <translation>Pourquoi Générer n’est pas disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>État de l’exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-42"/>
        <source>&amp;Cancel run</source>
        <translation>A&amp;nnuler l’exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run progress</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-1"/>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="-28"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+46"/>
        <source>Se&amp;quences</source>
        <translation>Sé&amp;quences</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Clip As…</source>
        <translation>&amp;Enregistrer le clip sous…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>&amp;Coller l’image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>&amp;Rétablir les paramètres par défaut</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Variations and Sweeps…</source>
        <translation>&amp;Variantes et balayages…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;pending…</source>
        <translation>Dé&amp;penses…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs &amp;Not Sent…</source>
        <translation>Exécutions &amp;non envoyées…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh Credits</source>
        <translation>Actualiser les &amp;crédits</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Wan Studio</source>
        <translation>À &amp;propos de Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Wan Studio</source>
        <translation>À propos de Wan Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Short videos from a still image with Segmind&apos;s %2.&lt;/p&gt;&lt;p&gt;Running on Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD licence&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;De courtes vidéos à partir d’une image fixe avec %2 de Segmind.&lt;/p&gt;&lt;p&gt;Fonctionne avec Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio est un logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Il utilise&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt&#xa0;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain&#xa0;: licence BSD&lt;/li&gt;&lt;li&gt;SQLite&#xa0;: domaine public&lt;/li&gt;&lt;li&gt;FFmpeg, via Qt Multimedia&#xa0;: GNU LGPL version 2.1 ou ultérieure&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+67"/>
        <source>Runs in progress</source>
        <translation>Exécutions en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n exécution est encore en cours. Le service la terminera et peut la facturer même si Wan Studio est fermé. Quitter quand même&#xa0;?</numerusform>
            <numerusform>%n exécutions sont encore en cours. Le service les terminera et peut les facturer même si Wan Studio est fermé. Quitter quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add your Segmind API key in Settings to generate.</source>
        <translation>Ajoutez votre clé d’API Segmind dans les Réglages pour générer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image first: click the image area, drop a file on it, or paste one.</source>
        <translation>Choisissez d’abord une image&#xa0;: cliquez sur la zone d’image, déposez-y un fichier ou collez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a prompt: what should happen in the video?</source>
        <translation>Écrivez un prompt&#xa0;: que doit-il se passer dans la vidéo&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your balance (%1) is lower than one run&apos;s typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.</source>
        <translation>Votre solde (%1) est inférieur au coût habituel d’une exécution (%2). Le service peut refuser l’exécution&#xa0;; rechargez dans la console Segmind, sous Billing.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A run from the last session was fetched: %1</source>
        <translation>Une exécution de la dernière session a été récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1% · %2</source>
        <comment>the runs&apos; progress while the window is minimized, then the title</comment>
        <translation>%1&#xa0;% · %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The balance is lower than one run&apos;s typical cost (%1). Top up in the Segmind console under Billing.</source>
        <translation>Le solde est inférieur au coût habituel d’une exécution (%1). Rechargez dans la console Segmind, sous Billing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Segmind balance, as the service last reported it.</source>
        <translation>Votre solde Segmind, tel que le service l’a indiqué en dernier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wan Studio — local demo: no AI, no real credits</source>
        <translation>Wan Studio — démo locale&#xa0;: pas d’IA, pas de vrais crédits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wan Studio</source>
        <translation>Wan Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_library.cpp" line="+77"/>
        <source>Settings restored: the image, prompt and every parameter; the seed stays random.</source>
        <translation>Réglages restaurés&#xa0;: l’image, le prompt et tous les paramètres&#xa0;; la graine reste aléatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings restored: the image, prompt and every parameter, seed %1 included.</source>
        <translation>Réglages restaurés&#xa0;: l’image, le prompt et tous les paramètres, graine %1 comprise.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>%n exécution en file d’attente.</numerusform>
            <numerusform>%n exécutions en file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>Comparer %n clip — Wan Studio</numerusform>
            <numerusform>Comparer %n clips — Wan Studio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 holds no Wan Studio settings (only clips made by Wan Studio do).</source>
        <translation>%1 ne contient aucun réglage Wan Studio (seuls les clips créés par Wan Studio en contiennent).</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+104"/>
        <location line="+4"/>
        <source>Taking the last frame of “%1”…</source>
        <translation>Extraction de la dernière image de « %1 »…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking frame %1 of “%2”…</source>
        <translation>Extraction de l’image %1 de « %2 »…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not continue from “%1”: %2</source>
        <translation>Impossible de continuer depuis « %1 » : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.</source>
        <translation>L’image est exactement l’image %1 de « %2 ». Modifiez le prompt et lancez Générer : la nouvelle exécution notera qu’elle prolonge ce clip.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This chain has no finished clip to play.</source>
        <translation>Cette chaîne n’a aucun clip terminé à lire.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>Lecture de la chaîne de %n clip : %1.</numerusform>
            <numerusform>Lecture de la chaîne de %n clips, l’un après l’autre : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts at %1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>Elle commence à %1 : le clip qu’il prolongeait (#%2) a été supprimé de la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_export.cpp" line="+24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped</source>
        <translation>Enregistrer le clip en MP4, WebM, GIF, WebP animé ou images PNG : coupé, redimensionné ou en boucle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no clip to export: play one first.</source>
        <translation>Il n’y a pas de clip à exporter : lisez-en d’abord un.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sequences live in the library, which is not open.</source>
        <translation>Les séquences sont dans la bibliothèque, qui n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sequence %1 in the library.</source>
        <translation>Il n’y a pas de séquence %1 dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sequence “%1” is empty: add clips to it, then export it.</source>
        <translation>La séquence « %1 » est vide : ajoutez-y des clips, puis exportez-la.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 of the sequence “%2” is no longer in the library: take it out of the sequence, then export it.</source>
        <translation>L’exécution %1 de la séquence « %2 » n’est plus dans la bibliothèque : retirez-la de la séquence, puis exportez celle-ci.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+22"/>
        <source>Make Sequence from Chain</source>
        <translation>Créer une séquence à partir de la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new sequence of the clips this one continues and the clips that continue it, first shot first</source>
        <translation>Une nouvelle séquence des clips que celui-ci continue et des clips qui le continuent, le premier plan d’abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Sequence…</source>
        <translation>Nouvelle séquence…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Sequence</source>
        <translation>Ajouter à la séquence</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous Join</source>
        <translation>Raccord précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Raccord suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Review</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sequence</source>
        <translation>Retour à la séquence</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Join %1 of %2: a continuation, its repeated frame dropped</source>
        <translation>Raccord %1 sur %2 : une suite, l’image répétée est retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join %1 of %2: a cut</source>
        <translation>Raccord %1 sur %2 : une coupe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame).</source>
        <translation>Ce clip ne fait pas partie d’une chaîne de clips terminés : prolongez-le d’abord (Continuer depuis la dernière image).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of #%1</source>
        <translation>Chaîne de #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain starts at #%1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>La chaîne commence à #%1 : le clip qu’il prolongeait (#%2) a été supprimé de la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>%n clip de la chaîne avait plus d’une suite&#xa0;: la première créée a été prise à chaque fois.</numerusform>
            <numerusform>%n clips de la chaîne avaient plus d’une suite&#xa0;: la première créée a été prise à chaque fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>%n exécution de ce lot est retenue ; elle n’a été ni envoyée ni facturée.</numerusform>
            <numerusform>%n exécutions de ce lot sont retenues ; aucune n’a été envoyée ni facturée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent or charged.</source>
        <translation>Rien n’a été envoyé ni facturé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Envoyer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;Ne pas envoyer</translation>
    </message>
</context>
<context>
    <name>wan::ui::MediaPlayback</name>
    <message>
        <location filename="../ui/player/mediaengine.cpp" line="+58"/>
        <source>the video player could not be loaded (%1); reinstall Wan Studio</source>
        <translation>le lecteur vidéo n’a pas pu être chargé (%1) ; réinstallez Wan Studio</translation>
    </message>
</context>
<context>
    <name>wan::ui::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+21"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>wan::ui::ParameterForm</name>
    <message>
        <location filename="../ui/studio/parameterform.cpp" line="+104"/>
        <source>Ra&amp;ndom each run</source>
        <translation>&amp;Aléatoire à chaque fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse &amp;last seed</source>
        <translation>Graine &amp;précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Clip length</source>
        <translation>Durée du clip</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Set every parameter back to the model&apos;s default.</source>
        <translation>Remettre chaque paramètre à la valeur par défaut du modèle.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Show or hide the parameters that are rarely changed.</source>
        <translation>Afficher ou masquer les paramètres rarement modifiés.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Use a different random seed for every run. The seed actually used is kept with each result.</source>
        <translation>Utiliser une graine aléatoire différente à chaque exécution. La graine réellement utilisée est conservée avec chaque résultat.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Put the seed of the last run (%1) into the field.</source>
        <translation>Placer la graine de la dernière exécution (%1) dans le champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once a run has finished.</source>
        <translation>Disponible dès qu’une exécution est terminée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 frames at %2 fps = %3 s</source>
        <translation>%1 images à %2 i/s = %3 s</translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy File Path</source>
        <translation>Copier le chemin du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: %1</source>
        <translation>Raccourci&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag or use the arrow keys to move through the clip</source>
        <translation>Faites glisser ou utilisez les flèches pour parcourir le clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback Speed</source>
        <translation>Vitesse de lecture</translation>
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
        <translation>Temps écoulé et durée du clip</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · frame %2</source>
        <translation>%1 · image %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerView</name>
    <message>
        <location filename="../ui/player/playerview.cpp" line="+57"/>
        <location line="+8"/>
        <source>Could not read the clip: %1</source>
        <translation>Impossible de lire le clip&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the file is damaged or not a video</source>
        <translation>le fichier est endommagé ou n’est pas une vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clip cannot be played: %1</source>
        <translation>Ce clip ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This clip cannot be played: the file is damaged or not a video.</source>
        <translation>Ce clip ne peut pas être lu&#xa0;: le fichier est endommagé ou n’est pas une vidéo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The clip “%1” could not be found.</source>
        <translation>Le clip «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save Clip As</source>
        <translation>Enregistrer le clip sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no clip to save.</source>
        <translation>Il n’y a aucun clip à enregistrer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Saved the clip as “%1”.</source>
        <translation>Clip enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the clip&apos;s path to the clipboard.</source>
        <translation>Chemin du clip copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Impossible d’ouvrir le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your clip will play here</source>
        <translation>Votre clip sera lu ici</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+397"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../ui/player/playerview_frames.cpp" line="+54"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Enregistrer l’image en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the frame on screen, decoded at the clip&apos;s full size, with the run&apos;s settings</source>
        <translation>Enregistre l’image affichée, décodée à la taille réelle du clip, avec les réglages de l’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Frame</source>
        <translation>Cop&amp;ier l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Continuer depuis ce&amp;tte image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Continuer depuis la dernière &amp;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run</source>
        <translation>La dernière image exacte du clip devient l’image de l’exécution suivante</translation>
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
        <translation>Décrivez ce qui se passe dans le clip&#xa0;: ce qui bouge, comment la caméra se déplace, la lumière et l’ambiance. %1 lance la génération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt sent with the image. %1 generates.</source>
        <translation>Le prompt envoyé avec l’image. %1 lance la génération.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt length warning</source>
        <translation>Avertissement sur la longueur du prompt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Prompts récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the last prompts you generated with into the editor.</source>
        <translation>Placer dans l’éditeur l’un des derniers prompts utilisés pour générer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Shot vocabulary</source>
        <translation>Vocabulaire des plans</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the cursor (%1).</source>
        <translation>Mouvements de caméra, valeurs de plan, objectifs, lumière, vitesse du mouvement et ambiance&#xa0;: des expressions que le modèle suit, à insérer au curseur (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This prompt is very long: %L1 characters (about 1,000 work well). It is sent unchanged; the service may refuse it or use only part of it. Shorten it to be sure.</source>
        <translation>Ce prompt est très long&#xa0;: %L1 caractères (environ 1 000 fonctionnent bien). Il est envoyé tel quel&#xa0;; le service peut le refuser ou n’en utiliser qu’une partie. Raccourcissez-le pour être sûr.</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunDifferences</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="-205"/>
        <source>Differs between the compared runs</source>
        <translation>Diffère entre les exécutions comparées</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <comment>caption line: parameter label, value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsDelegate</name>
    <message>
        <location filename="../ui/shell/runsdelegate.cpp" line="+71"/>
        <source>(no prompt)</source>
        <translation>(aucun prompt)</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsView</name>
    <message>
        <location filename="../ui/shell/runsview.cpp" line="+109"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway (past the budget cap)</source>
        <translation>Envoyer quand même (au-delà du plafond de budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from last frame</source>
        <translation>Continuer depuis la dernière image</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not open the folder “%1”.</source>
        <translation>Impossible d’ouvrir le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message>
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+166"/>
        <source>Continues the clip before: its repeated first frame is dropped</source>
        <translation>Prolonge le clip précédent : sa première image, répétée, est retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continues frame %1 of the clip before, which is not its out point: nothing dropped</source>
        <translation>Prolonge l’image %1 du clip précédent, qui n’est pas son point de sortie : rien n’est retiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cut: nothing dropped</source>
        <translation>Une coupe : rien n’est retiré</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>(fondu de %n image)</numerusform>
            <numerusform>(fondu de %n images)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1. #%2 (no longer in the library)</source>
        <translation>%1. #%2 (plus dans la bibliothèque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. #%2</source>
        <translation>%1. #%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. #%2 · frames %3–%4</source>
        <translation>%1. #%2 · images %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join: repeated frame dropped</source>
        <translation>Raccord : image répétée retirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join: nothing dropped</source>
        <translation>Raccord : rien n’est retiré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was deleted from the library.</source>
        <translation>Cette exécution a été supprimée de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message>
        <location filename="../ui/gallery/sequencepanel.cpp" line="+206"/>
        <source>Delete Sequence</source>
        <translation>Supprimer la séquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sequence “%1”? Its clips stay in the Library.</source>
        <translation>Supprimer la séquence « %1 » ? Ses clips restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>Séquence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty sequence; add clips from the Library (its context menu, or drag them here)</source>
        <translation>Une nouvelle séquence vide ; ajoutez-y des clips depuis la bibliothèque (son menu contextuel, ou glissez-les ici)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sequence (its clips stay in the Library)</source>
        <translation>Supprimer cette séquence (ses clips restent dans la bibliothèque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to reorder; Delete removes the selected clip</source>
        <translation>Glissez pour réordonner ; Suppr retire le clip sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>In:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Out:</source>
        <translation>Sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set In</source>
        <translation>Définir l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the first frame (I)</source>
        <translation>L’image sous le curseur devient la première image (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Out</source>
        <translation>Définir la sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the last frame (O)</source>
        <translation>L’image sous le curseur devient la dernière image (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Crossfade:</source>
        <translation>Fondu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended with the clip before, in the player and in an export</source>
        <translation>Images fondues avec le clip précédent, dans le lecteur et dans un export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Clip</source>
        <translation>Retirer le clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sequence</source>
        <translation>Lire la séquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the whole sequence in the player, with one scrub bar across it</source>
        <translation>Lire toute la séquence dans le lecteur, avec une seule barre de position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Seam</source>
        <translation>Vérifier le raccord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop one second around a join: half a second before it, half a second after</source>
        <translation>Lire en boucle une seconde autour d’un raccord : une demi-seconde avant, une demi-seconde après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Join</source>
        <translation>Raccord précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Raccord suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Editor (MLT)…</source>
        <translation>Exporter pour un logiciel de montage (MLT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MLT project for Shotcut or Kdenlive, referring to the original clips</source>
        <translation>Un projet MLT pour Shotcut ou Kdenlive, qui renvoie aux clips d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point</source>
        <translation>Cliquez ou glissez pour choisir une image ; Gauche et Droite avancent d’une image (Maj : dix), I et O définissent l’entrée et la sortie</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Join before this clip: %1</source>
        <translation>Raccord avant ce clip : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first clip of the sequence.</source>
        <translation>Le premier clip de la séquence.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a clip to trim it.</source>
        <translation>Choisissez un clip pour le couper.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sequence yet: make one with New…, or from a chain in the Library (its context menu).</source>
        <translation>Pas encore de séquence : créez-en une avec Nouvelle… ou à partir d’une chaîne dans la bibliothèque (son menu contextuel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sequence.</source>
        <translation>Choisissez une séquence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence is empty: add clips from the Library (its context menu, or drag them here).</source>
        <translation>Cette séquence est vide : ajoutez des clips depuis la bibliothèque (son menu contextuel, ou glissez-les ici).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
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
            <numerusform>%n image répétée retirée aux raccords</numerusform>
            <numerusform>%n images répétées retirées aux raccords</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+153"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>The sequence could not be saved: %1</source>
        <translation>La séquence n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Made the sequence “%1”.</source>
        <translation>Séquence « %1 » créée.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>%n clip ajouté à « %1 ».</numerusform>
            <numerusform>%n clips ajoutés à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>That sequence is no longer in the library.</source>
        <translation>Cette séquence n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only finished clips can go in a sequence.</source>
        <translation>Seuls les clips terminés peuvent aller dans une séquence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new sequence:</source>
        <translation>Nom de la nouvelle séquence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence %1</source>
        <translation>Séquence %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Sequence</source>
        <translation>Renommer la séquence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the sequence:</source>
        <translation>Nouveau nom de la séquence :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sequence could not be deleted: %1</source>
        <translation>La séquence n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for Editor (MLT)</source>
        <translation>Exporter pour un logiciel de montage (MLT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLT project (*.mlt)</source>
        <translation>Projet MLT (*.mlt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sequence is empty: there is nothing to export.</source>
        <translation>Cette séquence est vide : il n’y a rien à exporter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the MLT project “%1” for Shotcut or Kdenlive.</source>
        <translation>Projet MLT « %1 » écrit pour Shotcut ou Kdenlive.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceStrip</name>
    <message>
        <location filename="../ui/gallery/sequencestrip.cpp" line="+28"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+111"/>
        <source>Frame %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a clip of the sequence</source>
        <translation>Choisissez un clip de la séquence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the clip…</source>
        <translation>Lecture du clip…</translation>
    </message>
</context>
<context>
    <name>wan::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmind API key</source>
        <translation>Clé d’API Segmind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SG_… (leave empty to keep the stored key)</source>
        <translation>SG_… (vide&#xa0;: la clé enregistrée est gardée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file.</source>
        <translation>Votre clé de la console Segmind (API Keys). Elle est conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the service for the balance with this key.</source>
        <translation>Demande le solde au service avec cette clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove stored key</source>
        <translation>S&amp;upprimer la clé enregistrée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit and poll (recommended)</source>
        <translation>Soumettre et interroger (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One blocking call (v1)</source>
        <translation>Un seul appel bloquant (v1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit and poll survives network drops and restarts; the blocking call is Segmind&apos;s older API.</source>
        <translation>Soumettre et interroger résiste aux coupures réseau et aux redémarrages&#xa0;; l’appel bloquant est l’ancienne API de Segmind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs at &amp;once:</source>
        <translation>Exécutions &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once</source>
        <translation>Exécutions simultanées</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Results folder</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;folder:</source>
        <translation>&amp;Dossier des résultats&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify when a run finishes while the window is in the background</source>
        <translation>&amp;Notifier la fin d’une exécution quand la fenêtre est en arrière-plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> credits</source>
        <translation> crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budget</source>
        <translation>Budget quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily budget:</source>
        <translation>Budget &amp;quotidien&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take today&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Une exécution qui ferait dépasser ce montant aux dépenses du jour est retenue jusqu’à ce que vous l’envoyiez quand même ; 0 signifie aucun plafond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mont&amp;hly budget:</source>
        <translation>&amp;Budget mensuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take this month&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Une exécution qui ferait dépasser ce montant aux dépenses du mois est retenue jusqu’à ce que vous l’envoyiez quand même ; 0 signifie aucun plafond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the menus, buttons and messages. System default follows the language of this computer.</source>
        <translation>La langue des menus, des boutons et des messages. Langue du système suit la langue de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wan Studio will use the new language the next time it starts.</source>
        <translation>Wan Studio utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours for Wan Studio, or the desktop&apos;s own. Text size follows the desktop&apos;s font settings.</source>
        <translation>Couleurs claires, sombres ou à contraste élevé pour Wan Studio, ou celles du bureau. La taille du texte suit les réglages de police du bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced: service addresses</source>
        <translation>Avancé&#xa0;: adresses du service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;API base:</source>
        <translation>Base de l’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base</source>
        <translation>Base de l’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload base:</source>
        <translation>Base d’&amp;envoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload base</source>
        <translation>Base d’envoi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>La clé enregistrée sera supprimée quand vous cliquerez sur OK.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos cannot be saved in this results folder. %1 %2</source>
        <translation>Impossible d’enregistrer des vidéos dans ce dossier des résultats. %1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key is stored (leave empty to keep it)</source>
        <translation>Clé enregistrée (laisser vide pour la garder)</translation>
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
        <translation>Vocabulaire des plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. camera, light, slow</source>
        <translation>p. ex. caméra, lumière, lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group.</source>
        <translation>N’affiche que les expressions ayant un mot qui commence par ce que vous tapez, dans l’expression, sa description ou son groupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>&amp;Expressions&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a phrase, or press Enter on it, to put it into the prompt at the cursor.</source>
        <translation>Cliquez sur une expression, ou appuyez sur Entrée dessus, pour l’insérer dans le prompt au curseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to insert at the prompt&apos;s cursor. The phrases stay in English, as the model reads them.</source>
        <translation>Cliquez ou appuyez sur Entrée pour insérer au curseur du prompt. Les expressions restent en anglais, comme le modèle les lit.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No phrase matches &quot;%1&quot;.</source>
        <translation>Aucune expression ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wan::ui::SpendingDialog</name>
    <message>
        <location filename="../ui/dialogs/spendingdialog.cpp" line="+102"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per &amp;month:</source>
        <translation>Totaux par &amp;mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spend shown:</source>
        <translation>Dépenses affichées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Au total : %1 crédits pour %n exécution facturée.</numerusform>
            <numerusform>Au total : %1 crédits pour %n exécutions facturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n exécution comptée au coût habituel : le service n’a pas dit ce qu’elle a coûté.</numerusform>
            <numerusform>%n exécutions comptées au coût habituel : le service n’a pas dit ce qu’elles ont coûté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Par clip conservé : %1 crédits (%n favori).</numerusform>
            <numerusform>Par clip conservé : %1 crédits (%n favoris).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library).</source>
        <translation>Par clip conservé&#xa0;: pas encore de favoris (marquez comme favoris dans la Bibliothèque les clips que vous gardez).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Exécutions échouées, annulées et expirées : %n exécution, %1 crédits.</numerusform>
            <numerusform>Exécutions échouées, annulées et expirées : %n exécutions, %1 crédits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>Dont %n exécution expirée, qui a coûté %1 crédits.</numerusform>
            <numerusform>Dont %n exécutions expirées, qui ont coûté %1 crédits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n exécution échouée a peut-être été facturée sans coût enregistré ; votre console Segmind l’indique.</numerusform>
            <numerusform>%n exécutions échouées ont peut-être été facturées sans coût enregistré ; votre console Segmind les indique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.</source>
        <translation>Les graphiques ne sont pas disponibles (%1). Les totaux ci-dessus sont complets, et l’export CSV contient chaque jour et chaque exécution.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>Dépenses par semaine (la %n dernière semaine)</numerusform>
            <numerusform>Dépenses par semaine (les %n dernières semaines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>Dépenses par jour (le %n dernier jour)</numerusform>
            <numerusform>Dépenses par jour (les %n derniers jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over time</source>
        <translation>Solde au fil du temps</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Spending as CSV</source>
        <translation>Exporter les dépenses en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported the days to %1 and the runs to %2.</source>
        <translation>Jours exportés vers %1 et exécutions vers %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1. Choose another folder and try again.</source>
        <translation>Export impossible&#xa0;: %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message>
        <location filename="../ui/shell/studioapp.cpp" line="+83"/>
        <source>Batch stopped</source>
        <translation>Lot arrêté</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>Le solde ne couvrirait pas l’exécution suivante, donc %n exécution du lot n’a pas été envoyée. Rien n’a été facturé pour elle.</numerusform>
            <numerusform>Le solde ne couvrirait pas l’exécution suivante, donc %n exécutions du lot n’ont pas été envoyées. Rien n’a été facturé pour elles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Library unavailable</source>
        <translation>Bibliothèque indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened, so runs cannot be recorded and Generate is off: %1</source>
        <translation>La bibliothèque n’a pas pu être ouverte, les exécutions ne peuvent donc pas être enregistrées et Générer est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened: %1</source>
        <translation>La bibliothèque n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is damaged: %1</source>
        <translation>La bibliothèque est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is damaged: %1

Wan Studio can keep the damaged file aside and list your clips again from the results folder. Without a library, runs cannot be recorded and Generate is off.</source>
        <translation>La bibliothèque est endommagée&#xa0;: %1

Wan Studio peut mettre de côté le fichier endommagé et répertorier à nouveau vos clips à partir du dossier des résultats. Sans bibliothèque, les exécutions ne peuvent pas être enregistrées et Générer est désactivé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebuild from clips</source>
        <translation>&amp;Reconstruire à partir des clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without library</source>
        <translation>&amp;Continuer sans bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is being rebuilt from your clips.</source>
        <translation>La bibliothèque est en cours de reconstruction à partir de vos clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>%n clip répertorié à nouveau.</numerusform>
            <numerusform>%n clips répertoriés à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n fichier n’avait pas de réglages Wan Studio et a été ignoré.</numerusform>
            <numerusform>%n fichiers n’avaient pas de réglages Wan Studio et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged library was kept as %1.</source>
        <translation>La bibliothèque endommagée a été conservée sous %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library rebuilt</source>
        <translation>Bibliothèque reconstruite</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The local demo server did not start.</source>
        <translation>Le serveur de démo locale n’a pas démarré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key works; the balance is %1.</source>
        <translation>La clé fonctionne&#xa0;; le solde est de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a key to test.</source>
        <translation>Saisissez une clé à tester.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key in use comes from the SEGMIND_API_KEY environment variable.</source>
        <translation>La clé utilisée provient de la variable d’environnement SEGMIND_API_KEY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key entered here is kept for this session only.</source>
        <translation>Une clé saisie ici n’est conservée que pour cette session.</translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message>
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+85"/>
        <source>Variations and sweeps</source>
        <translation>Variantes et balayages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of batch</source>
        <translation>Type de lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;weep</source>
        <translation>&amp;Balayage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>Gr&amp;ille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request several times, each with its own seed.</source>
        <translation>La même requête plusieurs fois, chacune avec sa propre graine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request and seed, with one parameter taking several values.</source>
        <translation>La même requête et la même graine, avec un paramètre qui prend plusieurs valeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two things varied against each other (prompt alternatives, seeds or a parameter), shown side by side when the runs are done.</source>
        <translation>Deux choses variées l’une contre l’autre (alternatives du prompt, graines ou un paramètre), montrées côte à côte quand les exécutions sont terminées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every prompt the alternatives make, in full, as it will be sent.</source>
        <translation>Chaque prompt que forment les alternatives, en entier, tel qu’il sera envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pl&amp;anned prompts:</source>
        <translation>Pr&amp;ompts prévus&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs that will be queued, in order.</source>
        <translation>Les exécutions qui seront mises en file d’attente, dans l’ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned r&amp;uns:</source>
        <translation>Exécutions p&amp;révues&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each run costs about %1 credits; the balance is the one the service last reported.</source>
        <translation>Chaque exécution coûte environ %1 crédits&#xa0;; le solde est le dernier indiqué par le service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>&amp;Queue runs</source>
        <translation>&amp;Mettre en file d’attente</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Closes without queueing anything.</source>
        <translation>Ferme sans rien mettre en file d’attente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt each; write \{ for a literal brace.</source>
        <translation>Le prompt du studio. Les alternatives entre accolades, {golden hour|blue hour}, forment chacune un prompt&#xa0;; écrivez \{ pour une accolade littérale.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many seeds each prompt is tried with; each run costs about %1 credits.</source>
        <translation>Avec combien de graines chaque prompt est essayé&#xa0;; chaque exécution coûte environ %1 crédits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs to queue; each costs about %1 credits.</source>
        <translation>Nombre d’exécutions à mettre en file d’attente&#xa0;; chacune coûte environ %1 crédits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Nombre d’exécutions&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds &amp;per prompt:</source>
        <translation>Graines par &amp;prompt&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Random seeds</source>
        <translation>Graines &amp;aléatoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different random seed for every run; each seed is recorded so a run can be repeated.</source>
        <translation>Une graine aléatoire différente pour chaque exécution&#xa0;; chaque graine est enregistrée pour qu’une exécution puisse être répétée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw new seeds</source>
        <translation>&amp;Tirer de nouvelles graines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws another set of random seeds.</source>
        <translation>Tire un nouvel ensemble de graines aléatoires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onsecutive seeds</source>
        <translation>Graines &amp;consécutives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds counting up from the start seed: start, start + 1, …</source>
        <translation>Graines comptées à partir de la graine de départ&#xa0;: départ, départ + 1, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds:</source>
        <translation>Graines&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first of the consecutive seeds, from 0 to %1.</source>
        <translation>La première des graines consécutives, de 0 à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start seed:</source>
        <translation>Graine de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sweep</source>
        <translation>Balayage</translation>
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
        <translation>Le paramètre qui change d’une exécution à l’autre&#xa0;; tout le reste, graine comprise, reste identique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Paramètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the values you type.</source>
        <translation>Essayer les valeurs saisies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals.</source>
        <translation>Les valeurs à essayer, séparées par des virgules, p. ex. 4, 8, 12, 16. Utilisez un point pour les décimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Range:</source>
        <translation>Pla&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try every value from a start to an end in equal steps.</source>
        <translation>Essayer chaque valeur d’un début à une fin, par pas égaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first value.</source>
        <translation>La première valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last value (reached when the steps land on it).</source>
        <translation>La dernière valeur (atteinte si les pas tombent dessus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distance between two values.</source>
        <translation>L’écart entre deux valeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ep</source>
        <translation>Pa&amp;s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allowed: %1.</source>
        <translation>Autorisé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+22"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no numeric parameter to sweep.</source>
        <translation>%1 n’a aucun paramètre numérique à balayer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>seed %1 (drawn once for the whole sweep)</source>
        <translation>graine %1 (tirée une fois pour tout le balayage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run uses %1, so only the prompt and %2 change.</source>
        <translation>Chaque exécution utilise %1, donc seuls le prompt et %2 changent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only %2 changes.</source>
        <translation>Chaque exécution utilise %1, donc seul %2 change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only the two axes change.</source>
        <translation>Chaque exécution utilise %1, donc seuls les deux axes changent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs planned.</source>
        <translation>Aucune exécution prévue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.</source>
        <translation>Votre solde de %1 ne couvre pas une seule exécution (environ %2 crédits). Rechargez d’abord votre compte Segmind.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>&amp;Mettre %n exécution en file d’attente</numerusform>
            <numerusform>&amp;Mettre %n exécutions en file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds these runs to the queue; they start as the queue has room.</source>
        <translation>Ajoute ces exécutions à la file d’attente&#xa0;; elles démarrent dès que la file a de la place.</translation>
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
            <numerusform>Pr&amp;ompt prévu (%n)&#xa0;:</numerusform>
            <numerusform>Pr&amp;ompts prévus (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="-95"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows and columns each vary one thing, at most %1 values each; every cell is one run, and the grid opens side by side when they are done.</source>
        <translation>Les lignes et les colonnes font varier chacune une chose, avec %1 valeurs au plus&#xa0;; chaque case est une exécution, et la grille s’ouvre côte à côte quand elles sont terminées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changes from one row of the grid to the next.</source>
        <translation>Ce qui change d’une ligne de la grille à la suivante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes from one column of the grid to the next.</source>
        <translation>Ce qui change d’une colonne de la grille à la suivante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves.</source>
        <translation>Les valeurs à essayer, séparées par des virgules, p. ex. 4, 8, 12. Pour les graines, les graines elles-mêmes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;ows:</source>
        <translation>&amp;Lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row va&amp;lues:</source>
        <translation>Valeurs des li&amp;gnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mn values:</source>
        <translation>Valeurs des colo&amp;nnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prompt alternatives</source>
        <translation>Alternatives du prompt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>Le %n prompt que forment les accolades du prompt.</numerusform>
            <numerusform>Les %n prompts que forment les accolades du prompt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write alternatives in the prompt first, e.g. {golden hour|blue hour}.</source>
        <translation>Écrivez d’abord des alternatives dans le prompt, p. ex. {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>Graines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request with the seeds you list.</source>
        <translation>La même requête avec les graines que vous indiquez.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>%n prompt issu des accolades</numerusform>
            <numerusform>%n prompts issus des accolades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no alternatives in the prompt</source>
        <translation>aucune alternative dans le prompt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A seed is a whole number: %1 is not.</source>
        <translation>Une graine est un nombre entier&#xa0;: %1 n’en est pas un.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="+18"/>
        <source>Welcome to Wan Studio</source>
        <translation>Bienvenue dans Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio turns a still image into a short video with Segmind&apos;s Wan 2.2 model. Each run takes about a minute and costs about US$0.09 of Segmind credits.&lt;/p&gt;&lt;p&gt;To generate, you need a Segmind API key: sign in at &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, open &lt;b&gt;API Keys&lt;/b&gt;, create a key and paste it below. It is kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio transforme une image fixe en courte vidéo avec le modèle Wan 2.2 de Segmind. Chaque exécution prend environ une minute et coûte environ 0,09 $ US en crédits Segmind.&lt;/p&gt;&lt;p&gt;Pour générer, il vous faut une clé d’API Segmind&#xa0;: connectez-vous sur &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, ouvrez &lt;b&gt;API Keys&lt;/b&gt;, créez une clé et collez-la ci-dessous. Elle est conservée dans le trousseau de votre système, jamais dans un fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key for this session only</source>
        <translation>Garder la clé pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wan Studio never stores the key in a plain file, so it will be kept for this session only.</source>
        <translation>Wan Studio n’enregistre jamais la clé dans un simple fichier, elle sera donc conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>Utiliser cette clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the local &amp;demo</source>
        <translation>Essayer la &amp;démo locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local demo</source>
        <translation>Essayer la démo locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.</source>
        <translation>Lance un substitut local de Segmind&#xa0;: de vrais clips d’une mire de test sur votre image, sans IA, sans crédits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo server is not installed with this copy of Wan Studio.</source>
        <translation>Le serveur de démo locale n’est pas installé avec cette copie de Wan Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character.</source>
        <translation>Les clés Segmind commencent par SG_ suivi de 16 lettres et chiffres&#xa0;; vérifiez qu’il ne manque pas un caractère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
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
