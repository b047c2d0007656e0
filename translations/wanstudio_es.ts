<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>wan::api::ApiErrors</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+8"/>
        <source>No error</source>
        <translation>Sin error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key rejected</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not permitted</source>
        <translation>Modelo no permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model retired</source>
        <translation>Modelo retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint not found</source>
        <translation>Endpoint no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough credits</source>
        <translation>Créditos insuficientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed</source>
        <translation>Fallo del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged video</source>
        <translation>Vídeo dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result expired</source>
        <translation>Resultado caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecure address</source>
        <translation>Dirección no segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+70"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> El servicio indicó: «%1».</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The service refused the request as invalid while %1 (HTTP 400).</source>
        <translation>El servicio rechazó la solicitud por no ser válida al %1 (HTTP 400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prompt and the parameters, then try again.</source>
        <translation>Revise el prompt y los parámetros y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the API key while %1 (HTTP %2).</source>
        <translation>El servicio rechazó la clave de API al %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.</source>
        <translation>Revise la clave en Configuración (empieza por SG_) o cree una nueva en su consola de Segmind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. Nothing was charged.</source>
        <translation>Su cuenta o equipo de Segmind no puede usar este modelo (HTTP 403); la clave de API en sí fue aceptada. No se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your team&apos;s Segmind admin for access to the model, or use a key of an account that has it.</source>
        <translation>Pida acceso al modelo al administrador de Segmind de su equipo, o use la clave de una cuenta que tenga acceso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service has no such endpoint while %1 (HTTP %2).</source>
        <translation>El servicio no tiene ese endpoint (al %1, HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; the default is https://api.segmind.com.</source>
        <translation>Revise la dirección base de la API en Configuración; la predeterminada es https://api.segmind.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP %1).</source>
        <translation>Su cuenta de Segmind no tiene créditos suficientes para esta ejecución (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up your credits in the Segmind console (Billing), then try again.</source>
        <translation>Recargue sus créditos en la consola de Segmind (Billing) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segmind has retired this model (HTTP 410); nothing was charged.</source>
        <translation>Segmind ha retirado este modelo (HTTP 410); no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for its successor on segmind.com; a newer Wan Studio may support it.</source>
        <translation>Busque su sucesor en segmind.com; puede que una versión más reciente de Wan Studio lo admita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.</source>
        <translation>El servicio lo ejecutó y falló al %1 (HTTP 422); las ejecuciones fallidas no se cobran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Try again, perhaps with another prompt, image or settings.</source>
        <translation>Vuelva a intentarlo, quizá con otro prompt, otra imagen u otros ajustes.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The service is rate limiting requests while %1 (HTTP 429).</source>
        <translation>El servicio está limitando las solicitudes al %1 (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and try again, or run fewer generations at once.</source>
        <translation>Espere un minuto y vuelva a intentarlo, o lance menos generaciones a la vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had a problem while %1 (HTTP %2); no video was made.</source>
        <translation>El servicio tuvo un problema al %1 (HTTP %2); no se creó ningún vídeo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a little while; if it keeps failing, check Segmind&apos;s status page.</source>
        <translation>Vuelva a intentarlo en un rato; si sigue fallando, consulte la página de estado de Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1 while %2.</source>
        <translation>El servicio respondió con un estado HTTP inesperado %1 al %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, revise la dirección base de la API en Configuración.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the request&apos;s content type while %1 (HTTP 406); nothing was charged.</source>
        <translation>El servicio rechazó el tipo de contenido de la solicitud al %1 (HTTP 406); no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.</source>
        <translation>Es un fallo de Wan Studio o de un proxy intermedio; si sigue ocurriendo, notifíquelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team&apos;s spend limit on Segmind is reached (HTTP 406); nothing was charged.</source>
        <translation>Se ha alcanzado el límite de gasto de su equipo en Segmind (HTTP 406); no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your team&apos;s Segmind admin to raise the limit, or wait until it resets.</source>
        <translation>Pida al administrador de Segmind de su equipo que aumente el límite, o espere a que se restablezca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.</source>
        <translation>Su cuenta de Segmind no tiene créditos suficientes para esta ejecución (HTTP 406); no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance must cover the model&apos;s whole cost, not only be above zero. Top up in the Segmind console (Billing), then try again.</source>
        <translation>El saldo debe cubrir el coste completo del modelo, no solo ser mayor que cero. Recargue en la consola de Segmind (Billing) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused a parameter before running while %1 (HTTP 406); nothing was charged.</source>
        <translation>El servicio rechazó un parámetro antes de la ejecución al %1 (HTTP 406); no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the value the service names, then try again.</source>
        <translation>Cambie el valor que indica el servicio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Segmind API key is set.</source>
        <translation>No hay ninguna clave de API de Segmind configurada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.</source>
        <translation>Añada su clave en Configuración o defina SEGMIND_API_KEY; puede obtenerla en su consola de Segmind, en API Keys.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed while %1: %2.</source>
        <translation>La conexión falló al %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and try again.</source>
        <translation>Compruebe su conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service did not answer in time while %1.</source>
        <translation>El servicio no respondió a tiempo al %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service gave an answer Wan Studio cannot read while %1: %2.</source>
        <translation>El servicio dio una respuesta que Wan Studio no puede leer al %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, revise la dirección base de la API en Configuración (puede que esté respondiendo un proxy o un portal cautivo).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded video is not usable: %1.</source>
        <translation>El vídeo descargado no se puede usar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Descárguelo de nuevo; el resultado sigue disponible en el servicio durante una hora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service no longer has this run: results are kept for one hour after submission.</source>
        <translation>El servicio ya no tiene esta ejecución: los resultados se conservan una hora después del envío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate it again (this is a new, charged run).</source>
        <translation>Genérela de nuevo (será una ejecución nueva y de pago).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service could not make the video: %1.</source>
        <translation>El servicio no pudo crear el vídeo: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, perhaps with other settings; a failed run is not charged.</source>
        <translation>Vuelva a intentarlo, quizá con otros ajustes; una ejecución fallida no se cobra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run failed on the service: %1. Failed runs are not charged.</source>
        <translation>La ejecución falló en el servicio: %1. Las ejecuciones fallidas no se cobran.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).</source>
        <translation>Use una dirección https:// (http:// sin cifrar solo se permite para este equipo, p. ej., 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video could not be saved: %1.</source>
        <translation>No se pudo guardar el vídeo: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some disk space or choose another results folder, then download again.</source>
        <translation>Libere espacio en disco o elija otra carpeta de resultados y descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting. The service had already accepted this run, so it may still be charged.</source>
        <translation>Se dejó de esperar. El servicio ya había aceptado esta ejecución, así que aún puede cobrarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before anything was sent; nothing was charged.</source>
        <translation>Cancelada antes de enviar nada; no se ha cobrado nada.</translation>
    </message>
</context>
<context>
    <name>wan::api::ApiResponses</name>
    <message>
        <location filename="../app/api/apiresponses.cpp" line="+29"/>
        <source>the answer is too large (%1 MB)</source>
        <translation>la respuesta es demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is a web page (HTML), not data</source>
        <translation>la respuesta es una página web (HTML), no datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not valid JSON (%1)</source>
        <translation>la respuesta no es JSON válido (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is JSON of an unexpected shape</source>
        <translation>la respuesta es JSON con una estructura inesperada</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the answer has no request id</source>
        <translation>la respuesta no tiene ID de solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer&apos;s request id contains control characters</source>
        <translation>el ID de solicitud de la respuesta contiene caracteres de control</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer has no status or response address</source>
        <translation>la respuesta no tiene estado ni dirección de respuesta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no known status</source>
        <translation>la respuesta no tiene un estado conocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+141"/>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the answer has no credit balance</source>
        <translation>la respuesta no incluye el saldo de créditos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the upload answer has no file address</source>
        <translation>la respuesta de la subida no incluye la dirección del archivo</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an HTML page instead of an error message</source>
        <translation>una página HTML en lugar de un mensaje de error</translation>
    </message>
</context>
<context>
    <name>wan::api::Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+75"/>
        <source>The API base address &quot;%1&quot; is not a valid address.</source>
        <translation>La dirección base de la API «%1» no es una dirección válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload base address &quot;%1&quot; is not a valid address.</source>
        <translation>La dirección base de subida «%1» no es una dirección válida.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«%1» no es una dirección web válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; uses plain http, which is not encrypted.</source>
        <translation>«%1» usa http sin cifrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an https address.</source>
        <translation>«%1» no es una dirección https.</translation>
    </message>
</context>
<context>
    <name>wan::api::Mp4Probe</name>
    <message>
        <location filename="../app/api/mp4probe.cpp" line="+117"/>
        <location line="+21"/>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is not an MP4 video</source>
        <translation>no es un vídeo MP4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the video&apos;s structure is damaged</source>
        <translation>la estructura del vídeo está dañada</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>the video is incomplete (it ends in the middle of a box)</source>
        <translation>el vídeo está incompleto (termina en mitad de una caja)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the video ends in %1 bytes that are not part of any video box (padding or garbage)</source>
        <translation>el vídeo termina con %1 bytes que no forman parte de ninguna caja de vídeo (relleno o basura)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the video is incomplete (%1 of its bytes are missing)</source>
        <translation>el vídeo está incompleto (faltan %1 de sus bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video ends in an unknown box of %1 bytes that runs to the end of the file</source>
        <translation>el vídeo termina con una caja desconocida de %1 bytes que llega hasta el final del archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the video&apos;s media data is padding (zero bytes), not video</source>
        <translation>los datos multimedia del vídeo son relleno (bytes a cero), no vídeo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no index (moov box); it is incomplete</source>
        <translation>el vídeo no tiene índice (caja moov); está incompleto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video has no media data</source>
        <translation>el vídeo no tiene datos multimedia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)</source>
        <translation>sus datos multimedia (%1 bytes) superan lo que puede necesitar un clip con estos ajustes (%2 bytes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file cannot be opened: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>wan::api::SegmindClient</name>
    <message>
        <location filename="../app/api/segmindclient.cpp" line="+265"/>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta ocupa más de %1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).</source>
        <translation>El servicio redirigió a una dirección que Wan Studio no seguirá al %1 (bajaría a http o enviaría su clave a otro servidor).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service kept redirecting the request without ever answering it (a redirect loop)</source>
        <translation>el servicio siguió redirigiendo la solicitud sin llegar a responderla (un bucle de redirecciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; a proxy or captive portal may be redirecting. If it keeps happening, try again later.</source>
        <translation>Revise la dirección base de la API en Configuración; puede que un proxy o un portal cautivo esté redirigiendo. Si sigue ocurriendo, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more than any real answer</source>
        <translation>la respuesta venía comprimida (%1) y no se pudo descomprimir: está dañada o descomprimida ocuparía mucho más que cualquier respuesta real</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the connection closed before the service answered</source>
        <translation>la conexión se cerró antes de que respondiera el servicio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the credit balance</source>
        <translation>comprobar el saldo de créditos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>uploading the image</source>
        <translation>subir la imagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>submitting the run</source>
        <translation>enviar la ejecución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the run with HTTP %1 while %2; nothing was charged.</source>
        <translation>El servicio rechazó la ejecución con HTTP %1 al %2; no se ha cobrado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it again; if it keeps failing, try other settings or check Segmind&apos;s status page.</source>
        <translation>Vuelva a enviarla; si sigue fallando, pruebe otros ajustes o consulte la página de estado de Segmind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered HTTP %1 while %2; it may still have accepted the run.</source>
        <translation>El servicio respondió HTTP %1 al %2; puede que aun así haya aceptado la ejecución.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+32"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> El servicio dijo: «%1».</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>checking the run&apos;s progress</source>
        <translation>comprobar el progreso de la ejecución</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fetching the result</source>
        <translation>obtener el resultado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the finished result has no video</source>
        <translation>el resultado terminado no contiene ningún vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run finished on the service and may have been charged. Check it in the request history of your Segmind console before generating again.</source>
        <translation>La ejecución terminó en el servicio y puede que se haya cobrado. Compruébala en el historial de solicitudes de tu consola de Segmind antes de volver a generar.</translation>
    </message>
</context>
<context>
    <name>wan::api::VideoDownload</name>
    <message>
        <location filename="../app/api/videodownload.cpp" line="+74"/>
        <source>The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything was written and nothing was kept.</source>
        <translation>El servicio anunció %1 para un clip que no puede superar %2; la descarga se detuvo antes de escribir nada y no se conservó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing was kept.</source>
        <translation>El servicio envió al menos %1 para un clip que no puede superar %2; la descarga se detuvo y no se conservó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run may have been charged: resume it later, or check the request in your Segmind console.</source>
        <translation>Puede que la ejecución se haya cobrado: reanúdela más tarde o revise la solicitud en su consola de Segmind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written (%2)</source>
        <translation>no se puede escribir %1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+68"/>
        <source>writing %1 failed (%2)</source>
        <translation>falló la escritura de %1 (%2)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The connection dropped while %1 (%2 received).</source>
        <translation>La conexión se cortó al %1 (recibido: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>Descárguelo de nuevo; el resultado sigue disponible en el servicio durante una hora.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 received</source>
        <translation>%1 de %2 recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped while %1 (%2 of %3 received).</source>
        <translation>La conexión se cortó al %1 (recibidos %2 de %3).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 ya existe y no se puede reemplazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be renamed into place (%2)</source>
        <translation>no se puede mover %1 a su lugar (%2)</translation>
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
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+1"/>
        <source>Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.</source>
        <translation>Revise SEGMIND_API_BASE y SEGMIND_UPLOAD_BASE, o las direcciones en Configuración.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: the library could not be opened: the disk that holds it is full (%1 bytes free).</source>
        <translation>Error: no se pudo abrir la biblioteca: el disco que la contiene está lleno (%1 bytes libres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, then run the command again; nothing was sent.</source>
        <translation>Libere espacio y vuelva a ejecutar el comando; no se envió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+88"/>
        <location filename="../app/cli/clisupport.cpp" line="+5"/>
        <source>Error: the library could not be opened: %1</source>
        <translation>Error: no se pudo abrir la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-163"/>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>Consulte «%1 --help» para ver las opciones.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), or send it anyway with --ignore-budget.</source>
        <translation>No se envió nada para esta ejecución. Suba el límite (wanstudio settings set %1 VALOR) o envíela de todos modos con --ignore-budget.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library is damaged; `wanstudio library rebuild` lists your clips again (the damaged file is kept aside).</source>
        <translation>La biblioteca está dañada; `wanstudio library rebuild` vuelve a registrar sus clips (el archivo dañado se guarda aparte).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted as request %1</source>
        <translation>Aceptada como solicitud %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading %1%</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-109"/>
        <source>Prints the Segmind account&apos;s credit balance.</source>
        <translation>Muestra el saldo de créditos de la cuenta de Segmind.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Makes a video from a still image with %1.</source>
        <translation>Crea un vídeo a partir de una imagen fija con %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-248"/>
        <source>Run %1 of %2: %3</source>
        <translation>Ejecución %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt: %1</source>
        <translation>prompt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed: %1</source>
        <translation>semilla: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output: %1</source>
        <translation>salida: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n ejecución, unos %1 créditos en total (%2 cada una); no se envió nada.</numerusform>
            <numerusform>%n ejecuciones, unos %1 créditos en total (%2 cada una); no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not &quot;%1&quot;.</source>
        <translation>--sweep espera PARÁMETRO=V1,V2,..., por ejemplo sample_shift=4,8,12; no «%1».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--seed-list takes seeds separated by commas, such as 1,2,3.</source>
        <translation>--seed-list espera semillas separadas por comas, por ejemplo 1,2,3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed-list: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed-list: «%1» no es un número entero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt makes one run per alternative (several groups multiply, the first varying slowest; write \{ \} \| for literal characters); seeds and sweeps multiply too, up to %2 runs.</source>
        <translation>Planifica y envía muchas ejecuciones de %1 a partir de una imagen y un prompt. {golden hour|blue hour} en el prompt crea una ejecución por alternativa (varios grupos se multiplican, el primero varía más despacio; escriba \{ \} \| para los caracteres literales); las semillas y los barridos también se multiplican, hasta %2 ejecuciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>The input image: a file or an https URL.</source>
        <translation>La imagen de entrada: un archivo o una URL https.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>path|url</source>
        <translation>ruta|url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen in the video; may hold {a|b} alternatives.</source>
        <translation>Lo que debe ocurrir en el vídeo; puede contener alternativas {a|b}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base name of the MP4s (clip.mp4 -&gt; clip-1-....mp4); default: the results folder.</source>
        <translation>Nombre base de los MP4 (clip.mp4 -&gt; clip-1-....mp4); por defecto: la carpeta de resultados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace output files that already exist.</source>
        <translation>Reemplazar los archivos de salida que ya existan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run each combination with this many distinct random seeds.</source>
        <translation>Ejecutar cada combinación con este número de semillas aleatorias distintas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --seeds: the seeds count up from --seed instead.</source>
        <translation>Con --seeds: las semillas cuentan hacia arriba desde --seed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each combination with these seeds.</source>
        <translation>Ejecutar cada combinación con estas semillas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps).</source>
        <translation>Variar un parámetro numérico en varios valores, p. ej. sample_shift=4,8,12 (dos barridos como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAM=V1,V2,...</source>
        <translation>PARÁM=V1,V2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every planned run and the total cost; send nothing.</source>
        <translation>Mostrar cada ejecución planificada y el coste total; no enviar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --dry-run: one JSON line per planned run, then the total.</source>
        <translation>Con --dry-run: una línea JSON por ejecución planificada y luego el total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when a run would pass a budget cap.</source>
        <translation>Enviar aunque una ejecución supere un límite de presupuesto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seeds and --seed-list cannot be used together.</source>
        <translation>--seeds y --seed-list no pueden usarse juntos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seeds takes a number of runs, 1 to %1.</source>
        <translation>--seeds espera un número de ejecuciones, de 1 a %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--consecutive only goes with --seeds.</source>
        <translation>--consecutive solo va con --seeds.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--json goes with --dry-run; the runs of a batch always print JSON lines.</source>
        <translation>--json va con --dry-run; las ejecuciones de un lote siempre imprimen líneas JSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n ejecución, unos %1 créditos en total.</numerusform>
            <numerusform>%n ejecuciones, unos %1 créditos en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 (%2):</source>
        <translation>Ejecución %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>El lote se detuvo: %n ejecución posterior no se envió.</numerusform>
            <numerusform>El lote se detuvo: %n ejecuciones posteriores no se enviaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>What should happen in the video.</source>
        <translation>Lo que debe ocurrir en el vídeo.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-162"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Where to save the MP4.</source>
        <translation>Dónde guardar el MP4.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+3"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>file.mp4</source>
        <translation>archivo.mp4</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <location filename="../app/cli/exportcommand.cpp" line="-91"/>
        <location filename="../app/cli/framecommand.cpp" line="-40"/>
        <source>Replace the --out file if it already exists.</source>
        <translation>Reemplazar el archivo de --out si ya existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-114"/>
        <source>%1: %2 Allowed: %3; default %4.</source>
        <translation>%1: %2 Permitido: %3; predeterminado %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommand.cpp" line="-1"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>Choose a random seed (it is printed with the result).</source>
        <translation>Elegir una semilla aleatoria (se muestra con el resultado).</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+10"/>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Turn go_fast off: slower, slightly better quality.</source>
        <translation>Desactivar go_fast: más lento, calidad algo mejor.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Use the synchronous v1 call instead of submit and poll.</source>
        <translation>Usar la llamada síncrona v1 en lugar de enviar y consultar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, its settings the defaults, and the run records where it came from.</source>
        <translation>Continuar un clip: su fotograma exacto (el último, salvo que --at indique otro) es la imagen, sus ajustes son los valores por defecto y la ejecución registra de dónde viene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clip.mp4|library id</source>
        <translation>clip.mp4|id de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --continue-from: last (default), first, a frame index from 0, or seconds (2.5).</source>
        <translation>Con --continue-from: last (por defecto), first, un índice de fotograma desde 0 o segundos (2.5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when the run would pass a budget cap.</source>
        <translation>Enviar aunque la ejecución supere un límite de presupuesto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--image and --continue-from cannot be used together: a continuation&apos;s image is the clip&apos;s frame.</source>
        <translation>--image y --continue-from no se pueden usar juntos: la imagen de una continuación es el fotograma del clip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at only goes with --continue-from.</source>
        <translation>--at solo va con --continue-from.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+14"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--image is required: a file or an https URL.</source>
        <translation>--image es obligatorio: un archivo o una URL https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--prompt is required and must not be empty.</source>
        <translation>--prompt es obligatorio y no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--out is required: where to save the MP4.</source>
        <translation>--out es obligatorio: dónde guardar el MP4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed and --random-seed cannot be used together.</source>
        <translation>--seed y --random-seed no se pueden usar juntos.</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+31"/>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>The image %1 does not exist.</source>
        <translation>La imagen %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+38"/>
        <source>Error: the run could not be recorded in the library: %1</source>
        <translation>Error: no se pudo registrar la ejecución en la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space, then run the command again; nothing was sent.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a ejecutar el comando; no se envió nada.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.</source>
        <translation>El servicio aceptó esta ejecución como solicitud %1; `wanstudio resume` la recoge cuando termine.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)</source>
        <translation>Uso: wanstudio [IMAGEN]            abre la ventana del estudio (opcionalmente con una imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio generate [options] make a video from an image, headless</source>
        <translation>     wanstudio generate [opciones] crea un vídeo a partir de una imagen, sin interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio credits            print the credit balance</source>
        <translation>     wanstudio credits             muestra el saldo de créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio resume             fetch runs the service accepted but this computer did not receive</source>
        <translation>     wanstudio resume              recoge las ejecuciones que el servicio aceptó pero este equipo no recibió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library list|show  what the library holds</source>
        <translation>     wanstudio library list|show   lo que contiene la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library rebuild    list the clips again in a lost or damaged library</source>
        <translation>     wanstudio library rebuild     vuelve a registrar los clips en una biblioteca perdida o dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)</source>
        <translation>     wanstudio frame CLIP          guarda un fotograma exacto de un clip como PNG (--at, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)</source>
        <translation>       wanstudio export ENTRADA...  unir clips en un MP4, WebM, GIF, WebP o fotogramas PNG (--format, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)</source>
        <translation>       wanstudio sequence create|list|show|export  escenas de clips de la biblioteca, exportadas como una (mlt: para un editor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)</source>
        <translation>       wanstudio batch [opciones]   muchas ejecuciones a la vez: alternativas {a|b} en el prompt, semillas, barridos (--dry-run)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio spend              what runs cost: totals and per day (--since, --json)</source>
        <translation>       wanstudio spend              lo que cuestan las ejecuciones: totales y por día (--since, --json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio settings list|get|set  the settings a script needs, budget caps among them</source>
        <translation>       wanstudio settings list|get|set  los ajustes que necesita un script, entre ellos los límites de presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio COMMAND --help     options of a command</source>
        <translation>     wanstudio ORDEN --help        opciones de una orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>La clave se toma de SEGMIND_API_KEY o del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+142"/>
        <source>Fetches the runs the service accepted but this computer never received (after a crash, a kill or a dropped connection). It never submits a run again.</source>
        <translation>Recoge las ejecuciones que el servicio aceptó pero este equipo nunca recibió (tras un fallo, un cierre forzado o una conexión perdida). Nunca vuelve a enviar una ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send the runs that were queued but never sent.</source>
        <translation>Enviar también las ejecuciones que se pusieron en cola pero nunca se enviaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this run of the library.</source>
        <translation>Solo esta ejecución de la biblioteca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed.</source>
        <translation>Guardar en otro lugar: una carpeta (cada clip conserva su nombre de archivo) o un archivo cuando se reanuda una sola ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-21"/>
        <source>What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for Shotcut and Kdenlive that refers to the original clips).</source>
        <translation>Qué escribir: mp4, webm, gif, webp, png (una carpeta de fotogramas) o mlt (un proyecto para Shotcut y Kdenlive que remite a los clips originales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to write: mp4, webm, gif, webp or png (a folder of frames).</source>
        <translation>Qué escribir: mp4, webm, gif, webp o png (una carpeta de fotogramas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to save it (for png: a new or empty folder).</source>
        <translation>Dónde guardarlo (para png: una carpeta nueva o vacía).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long edge in pixels (the aspect is kept); default: the first clip&apos;s size.</source>
        <translation>El lado largo en píxeles (se mantiene la proporción); por defecto: el tamaño del primer clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new frame rate (frames are repeated or dropped); default: the first clip&apos;s.</source>
        <translation>Una nueva frecuencia de fotogramas (se repiten o se omiten fotogramas); por defecto: la del primer clip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at every join, instead of the crossfades the sequence keeps for each join.</source>
        <translation>Fundir N fotogramas en cada unión, en lugar de los fundidos que la secuencia guarda para cada unión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at each join.</source>
        <translation>Fundir N fotogramas en cada unión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play forward, then back, for a seamless loop.</source>
        <translation>Reproducir hacia delante y luego hacia atrás, para un bucle sin cortes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a clip continues the one before it, correct its colours toward the frame it continues, so a chain&apos;s colour drift does not jump at the joins.</source>
        <translation>Donde un clip continúa el anterior, corregir sus colores hacia el fotograma que continúa, para que la deriva de color de una cadena no salte en las uniones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF is better.</source>
        <translation>MP4: CRF 0-51 (por defecto 20); WebM: CRF 0-63 (por defecto 32); WebP: 0-100 (por defecto 80). Un CRF más bajo es mejor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4: always encode new pictures, even where the clips could be copied as they are.</source>
        <translation>MP4: codificar siempre imágenes nuevas, aunque los clips se puedan copiar tal cual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>--format must be mp4, webm, gif, webp or png.</source>
        <translation>--format debe ser mp4, webm, gif, webp o png.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>--out is required: where to save the export.</source>
        <translation>--out es obligatorio: dónde guardar la exportación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--match-colour changes the pictures, which an MLT project does not hold: export a video or frames with it.</source>
        <translation>--match-colour cambia las imágenes, que un proyecto MLT no contiene: úselo para exportar un vídeo o fotogramas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--width must be a number of pixels from 16 to 8192.</source>
        <translation>--width debe ser un número de píxeles entre 16 y 8192.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crossfade must be a number of frames from 0 to 1000.</source>
        <translation>--crossfade debe ser un número de fotogramas entre 0 y 1000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quality must be a number from 0 to 100.</source>
        <translation>--quality debe ser un número entre 0 y 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps must be a frame rate above 0 and at most 240.</source>
        <translation>--fps debe ser una frecuencia mayor que 0 y de 240 como máximo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 of %2 frames</source>
        <translation>Exportados %1 de %2 fotogramas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its first frame, the same picture as the last one before it.</source>
        <translation>Une clips en orden y los guarda como un único MP4, WebM, GIF o WebP animado, o como una carpeta de fotogramas PNG numerados. Un clip que continúa al anterior (según su linaje) pierde su primer fotograma, la misma imagen que el último anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips (MP4 files) or library ids, in order.</source>
        <translation>Clips (archivos MP4) o ids de la biblioteca, en orden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INPUT...</source>
        <translation>ENTRADA...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With one input: only frames IN to OUT (from 0, both included).</source>
        <translation>Con una sola entrada: solo los fotogramas IN a OUT (desde 0, ambos incluidos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the clips to export: wanstudio export INPUT... --format mp4 --out FILE</source>
        <translation>indique los clips que exportar: wanstudio export ENTRADA... --format mp4 --out ARCHIVO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trim goes with a single input; several inputs are exported whole.</source>
        <translation>--trim va con una sola entrada; varias entradas se exportan completas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trim must be IN:OUT, two frame indexes from 0 (0:40).</source>
        <translation>--trim debe ser IN:OUT, dos índices de fotograma desde 0 (0:40).</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>With --out: an existing file there may be replaced.</source>
        <translation>Con --out: se puede reemplazar un archivo existente allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: --id takes the number of a run in the library (see `wanstudio library list`).</source>
        <translation>Error: --id espera el número de una ejecución de la biblioteca (vea `wanstudio library list`).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the library could not be used: %1</source>
        <translation>Error: no se pudo usar la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 is left alone: another Wan Studio process (pid %2) is working on it.</source>
        <translation>La ejecución %1 no se toca: otro proceso de Wan Studio (pid %2) está trabajando en ella.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 has nothing to resume: it is finished, or not in the library.</source>
        <translation>La ejecución %1 no tiene nada que reanudar: ha terminado o no está en la biblioteca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: its clip had been saved: %2</source>
        <translation>Ejecución %1: su clip ya se había guardado: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n ejecución se puso en cola pero nunca se envió; `wanstudio resume --queued` la envía.</numerusform>
            <numerusform>%n ejecuciones se pusieron en cola pero nunca se enviaron; `wanstudio resume --queued` las envía.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume.</source>
        <translation>No hay nada que reanudar.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+149"/>
        <location line="+4"/>
        <source>Run %1:</source>
        <translation>Ejecución %1:</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>Error: %n ejecución se guardaría en el único archivo %1; indique una carpeta o elija una ejecución con --id.</numerusform>
            <numerusform>Error: %n ejecuciones se guardarían en el único archivo %1; indique una carpeta o elija una ejecución con --id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.</source>
        <translation>`wanstudio resume --id %1 --out FOLDER` la guarda en otro lugar; mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Resuming run %1 (request %2)</source>
        <translation>Reanudando la ejecución %1 (solicitud %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs whose prompt contains these words.</source>
        <translation>Solo las ejecuciones cuyo prompt contiene estas palabras.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>Como máximo este número de ejecuciones (50 de forma predeterminada).</translation>
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
        <translation>Muestra las ejecuciones de la biblioteca, una de ellas o la cadena de continuaciones que lleva a una. `library rebuild --help` explica cómo volver a registrar los clips.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID, chain ID, or rebuild</source>
        <translation>list, show ID, chain ID o rebuild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.</source>
        <translation>Error: indique `library list`, `library show ID`, `library chain ID` o `library rebuild`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Error: there is no run %1 in the library.</source>
        <translation>Error: no hay ninguna ejecución %1 en la biblioteca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: run %1 continued run %2 from frame %3, which is no longer in the library; the chain is listed from run %1.</source>
        <translation>Nota: la ejecución %1 continuaba la ejecución %2 desde el fotograma %3, que ya no está en la biblioteca; la cadena se muestra desde la ejecución %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The library is empty.</source>
        <translation>La biblioteca está vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/rebuildcommand.cpp" line="+20"/>
        <source>Lists the clips of the results folder, the library&apos;s media folder and any --from folder in the library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside (never deleted) and a fresh one is made; clips already listed are not added twice.</source>
        <translation>Vuelve a registrar en la biblioteca los clips de la carpeta de resultados, de la carpeta multimedia de la biblioteca y de cualquier carpeta --from: todo MP4 que contenga ajustes de Wan Studio. Una biblioteca dañada se aparta (nunca se borra) y se crea una nueva; los clips ya registrados no se añaden dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also look in this folder (and its subfolders); may be given more than once.</source>
        <translation>Buscar también en esta carpeta (y sus subcarpetas); puede indicarse más de una vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 is not a folder.</source>
        <translation>Error: %1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged library was moved aside to %1.</source>
        <translation>La biblioteca dañada se movió a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the library could not be rebuilt: %1</source>
        <translation>Error: no se pudo reconstruir la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>%n clip encontrado</numerusform>
            <numerusform>%n clips encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>%n omitido (%1 ya registrados, %2 sin ajustes de Wan Studio).</numerusform>
            <numerusform>%n omitidos (%1 ya registrados, %2 sin ajustes de Wan Studio).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/framecommand.cpp" line="-9"/>
        <source>Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip&apos;s full size. The PNG carries the clip&apos;s name, the frame&apos;s number and the run&apos;s settings.</source>
        <translation>Guarda un fotograma de un clip como PNG, exactamente el pedido, al tamaño completo del clip. El PNG lleva el nombre del clip, el número del fotograma y los ajustes de la ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip (an MP4).</source>
        <translation>El clip (un MP4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which frame: first, last (the default), an index from 0 (40), or a time in seconds with a decimal point (2.5; the frame the player shows at that time).</source>
        <translation>Qué fotograma: first (el primero), last (el último, por omisión), un índice desde 0 (40) o un tiempo en segundos con punto decimal (2.5; el fotograma que el reproductor muestra en ese momento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first|last|N|SECONDS</source>
        <translation>first|last|N|SEGUNDOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the PNG.</source>
        <translation>Dónde guardar el PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file.png</source>
        <translation>archivo.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the clip to take the frame from: wanstudio frame CLIP --out FILE.png</source>
        <translation>indique el clip del que sacar el fotograma: wanstudio frame CLIP --out ARCHIVO.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one clip at a time; also got %1.</source>
        <translation>un clip cada vez; también se recibió %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out is required: where to save the PNG.</source>
        <translation>--out es obligatorio: dónde guardar el PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must name a .png file (the frame is saved as PNG): %1</source>
        <translation>--out debe indicar un archivo .png (el fotograma se guarda como PNG): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/continuefrom.cpp" line="+30"/>
        <location filename="../app/cli/sequencecommand.cpp" line="+62"/>
        <source>there is no run %1 in the library.</source>
        <translation>no hay ninguna ejecución %1 en la biblioteca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 has no finished clip to continue from.</source>
        <translation>la ejecución %1 no tiene un clip terminado desde el que continuar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sequencecommand.cpp" line="-9"/>
        <source>name the sequence and its clips: wanstudio sequence create NAME ID...</source>
        <translation>indique la secuencia y sus clips: wanstudio sequence create NOMBRE ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sequence needs at least one clip: wanstudio sequence create NAME ID...</source>
        <translation>una secuencia necesita al menos un clip: wanstudio sequence create NOMBRE ID...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 has no finished clip to put in a sequence.</source>
        <translation>la ejecución %1 no tiene un clip terminado para poner en una secuencia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: the sequence could not be saved: %1</source>
        <translation>Error: no se pudo guardar la secuencia: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports a sequence: its clips joined in order, with the seam rule and the crossfade the sequence keeps at each join, or as an MLT project (--format mlt) for Shotcut and Kdenlive, crossfades included.</source>
        <translation>Exporta una secuencia: sus clips unidos en orden, con la regla de la costura y el fundido que la secuencia guarda en cada unión, o como proyecto MLT (--format mlt) para Shotcut y Kdenlive, con los fundidos incluidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence&apos;s id (wanstudio sequence list).</source>
        <translation>El id de la secuencia (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one sequence: wanstudio sequence export ID --format mp4 --out FILE</source>
        <translation>indique una secuencia: wanstudio sequence export ID --format mp4 --out ARCHIVO</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>there is no sequence %1 in the library (wanstudio sequence list).</source>
        <translation>no hay ninguna secuencia %1 en la biblioteca (wanstudio sequence list).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>sequence %1 is empty: there is nothing to export.</source>
        <translation>la secuencia %1 está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order</source>
        <translation>Uso: wanstudio sequence create NOMBRE ID...   una nueva secuencia de ejecuciones de la biblioteca, en orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence list             the sequences in the library</source>
        <translation>       wanstudio sequence list             las secuencias de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence show ID          a sequence&apos;s clips</source>
        <translation>       wanstudio sequence show ID          los clips de una secuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH</source>
        <translation>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out RUTA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sequence command “%1”: use create, list, show or export.</source>
        <translation>orden de secuencia desconocida «%1»: use create, list, show o export.</translation>
    </message>
    <message>
        <location filename="../app/cli/spendcommand.cpp" line="-115"/>
        <source>What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the cost of failed and expired runs. Costs are the service&apos;s own figures; where it charged a run without saying how much, the model&apos;s typical cost is counted and marked as estimated.</source>
        <translation>Lo que costaron sus ejecuciones, según la biblioteca: el total, por día, semana y mes, por clip conservado (favorito) y el coste de las ejecuciones fallidas y caducadas. Los costes son las cifras del propio servicio; donde cobró una ejecución sin decir cuánto, se cuenta el coste típico del modelo y se marca como estimado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count runs from this local date on (YYYY-MM-DD).</source>
        <translation>Contar ejecuciones desde esta fecha local (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object with the totals and the series.</source>
        <translation>Un objeto JSON con los totales y las series.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a date written YYYY-MM-DD, such as 2026-12-01; not &quot;%1&quot;.</source>
        <translation>--since espera una fecha escrita AAAA-MM-DD, por ejemplo 2026-12-01; no «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>Desde %1: %2 créditos por %n ejecución cobrada.</numerusform>
            <numerusform>Desde %1: %2 créditos por %n ejecuciones cobradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>En total: %1 créditos por %n ejecución cobrada.</numerusform>
            <numerusform>En total: %1 créditos por %n ejecuciones cobradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n ejecución contada al coste típico: el servicio no dijo cuánto costó.</numerusform>
            <numerusform>%n ejecuciones contadas al coste típico: el servicio no dijo cuánto costaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Por clip conservado: %1 créditos (%n favorito).</numerusform>
            <numerusform>Por clip conservado: %1 créditos (%n favoritos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Ejecuciones fallidas, canceladas y caducadas: %n ejecución, %1 créditos.</numerusform>
            <numerusform>Ejecuciones fallidas, canceladas y caducadas: %n ejecuciones, %1 créditos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n ejecución fallida pudo cobrarse sin un coste registrado; su consola de Segmind la muestra.</numerusform>
            <numerusform>%n ejecuciones fallidas pudieron cobrarse sin un coste registrado; su consola de Segmind las muestra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month %1: %2 credits</source>
        <translation>Mes %1: %2 créditos</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, reads and changes the settings a script needs. The API key is not a setting: it comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>Muestra, lee y cambia los ajustes que necesita un script. La clave de la API no es un ajuste: viene de SEGMIND_API_KEY o del llavero del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list, get CLAVE o set CLAVE VALOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list and get: JSON instead of text.</source>
        <translation>list y get: JSON en lugar de texto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>No existe el ajuste «%1». Los ajustes son: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Use: wanstudio settings list | get KEY | set KEY VALUE.</source>
        <translation>Uso: wanstudio settings list | get CLAVE | set CLAVE VALOR.</translation>
    </message>
</context>
<context>
    <name>wan::core::ApiKeyStore</name>
    <message>
        <location filename="../app/core/apikeystore.cpp" line="+32"/>
        <source>The system keychain could not be used (%1).</source>
        <translation>No se pudo usar el llavero del sistema (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>El llavero del sistema no pudo guardar la clave (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>El llavero del sistema no pudo eliminar la clave (%1).</translation>
    </message>
</context>
<context>
    <name>wan::core::CreditTracker</name>
    <message>
        <location filename="../app/core/credittracker.cpp" line="+33"/>
        <source>Credits: unknown</source>
        <translation>Créditos: desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: %1</source>
        <translation>Créditos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last run %1)</source>
        <translation>(última ejecución %1)</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelDescription</name>
    <message>
        <location filename="../app/core/modeldescription.cpp" line="+54"/>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image URL</source>
        <translation>una URL de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text that is not empty</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model description is not valid JSON: %1</source>
        <translation>La descripción del modelo no es JSON válido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model description is not a JSON object.</source>
        <translation>La descripción del modelo no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model description has no id or endpoint.</source>
        <translation>La descripción del modelo no tiene ID ni endpoint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model endpoint &quot;%1&quot; is not a plain name.</source>
        <translation>El endpoint del modelo «%1» no es un nombre simple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model description lists no parameters.</source>
        <translation>La descripción del modelo no incluye parámetros.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter of the model description has no name or an unknown type.</source>
        <translation>Un parámetro de la descripción del modelo no tiene nombre o su tipo es desconocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; is described twice.</source>
        <translation>El parámetro «%1» está descrito dos veces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter &quot;%1&quot; has an invalid range.</source>
        <translation>El parámetro «%1» tiene un rango no válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; needs a range.</source>
        <translation>El parámetro «%1» necesita un rango.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parameter &quot;%1&quot; lists no allowed values.</source>
        <translation>El parámetro «%1» no incluye valores permitidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of &quot;%1&quot; is outside its own range.</source>
        <translation>El valor predeterminado de «%1» está fuera de su propio rango.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>%1 must be %2 (%3).</source>
        <translation>%1 debe ser %2 (%3).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>got %1</source>
        <translation>se recibió %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a value that is not text</source>
        <translation>un valor que no es texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not fit in 64 bits</source>
        <translation>no cabe en 64 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>got &quot;%1&quot;</source>
        <translation>se recibió «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; does not fit in 64 bits</source>
        <translation>«%1» no cabe en 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelText</name>
    <message>
        <location filename="../app/core/modeltext.cpp" line="+13"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input image URL for video base. Choose a detailed image for best results.</source>
        <translation>Imagen de partida del vídeo. Elige una imagen detallada para obtener los mejores resultados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptive prompt for video content. Include vivid details for a richer video.</source>
        <translation>Prompt descriptivo del contenido del vídeo. Incluye detalles vivos para un vídeo más rico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility.</source>
        <translation>Controla la aleatoriedad; déjala en blanco para un resultado totalmente aleatorio. Usa una semilla concreta para poder reproducirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go fast</source>
        <translation>Modo rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates faster video generation. Disable for quality over speed.</source>
        <translation>Activa una generación de vídeo más rápida. Desactívala para priorizar la calidad sobre la velocidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video frame count; 81 frames for optimal detail. Increase for smoother motion.</source>
        <translation>Número de fotogramas del vídeo; 81 para un detalle óptimo. Auméntalo para un movimiento más fluido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video resolution. Use 720p for higher clarity, 480p for faster generation.</source>
        <translation>Resolución del vídeo: 720p para más nitidez, 480p para generar más rápido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>Relación de aspecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos.</source>
        <translation>Define la relación de aspecto. Usa 16:9 para vídeos horizontales y 9:16 para verticales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample shift</source>
        <translation>Desplazamiento de muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusts image sampling shift. Use lower values for subtle changes.</source>
        <translation>Ajusta el desplazamiento del muestreo. Usa valores bajos para cambios sutiles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determines video smoothness. Choose 16 fps for optimal balance.</source>
        <translation>Determina la fluidez del vídeo. 16 fps ofrece el mejor equilibrio.</translation>
    </message>
</context>
<context>
    <name>wan::core::OutputPlace</name>
    <message>
        <location filename="../app/core/outputplace.cpp" line="+89"/>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the MP4 file to save the video in.</source>
        <translation>Indique el archivo MP4 en el que guardar el vídeo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the PNG file to save the frame in.</source>
        <translation>Indique el archivo PNG en el que guardar el fotograma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is a folder, not a file.</source>
        <translation>El destino «%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name inside it, for example “%1”.</source>
        <translation>Indique un nombre de archivo dentro de ella, por ejemplo «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The output file “%1” is the clip the frame comes from: saving the frame there would destroy it.</source>
        <translation>El archivo de salida «%1» es el clip del que sale el fotograma: guardar el fotograma ahí lo destruiría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the frame, ending in .png.</source>
        <translation>Elija otro nombre para el fotograma, terminado en .png.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” is the input picture: saving the video there would destroy it.</source>
        <translation>El archivo de salida «%1» es la imagen de entrada: guardar el vídeo ahí la destruiría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the video.</source>
        <translation>Elija otro nombre para el vídeo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the frame there would destroy it.</source>
        <translation>El archivo de salida «%1» es uno de los archivos propios de Wan Studio (biblioteca, ajustes o caché de subidas): guardar el fotograma ahí lo destruiría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the video there would destroy it.</source>
        <translation>El archivo de salida «%1» es uno de los archivos propios de Wan Studio (biblioteca, ajustes o caché de subidas): guardar el vídeo ahí lo destruiría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose a file outside Wan Studio&apos;s data folder, for example in your Videos folder.</source>
        <translation>Elija un archivo fuera de la carpeta de datos de Wan Studio, por ejemplo en su carpeta Vídeos.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The output file “%1” is inside a folder Wan Studio manages (“%2”).</source>
        <translation>El archivo de salida «%1» está dentro de una carpeta que gestiona Wan Studio («%2»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is not a regular file (a device, pipe or socket).</source>
        <translation>El destino «%1» no es un archivo normal (es un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name an ordinary MP4 file to save the video in.</source>
        <translation>Indique un archivo MP4 normal en el que guardar el vídeo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name an ordinary PNG file to save the frame in.</source>
        <translation>Indique un archivo PNG normal en el que guardar el fotograma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” already exists.</source>
        <translation>El archivo de salida «%1» ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>Elija otro nombre o permita reemplazarlo (--overwrite en la línea de comandos).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder for “%1” cannot be created: “%2” is a file.</source>
        <translation>No se puede crear la carpeta para «%1»: «%2» es un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an output file in a folder that exists or can be created.</source>
        <translation>Elija un archivo de salida en una carpeta que exista o que se pueda crear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the frame could not be saved as “%3”.</source>
        <translation>Wan Studio no puede escribir en la carpeta «%1» (%2), así que no se pudo guardar el fotograma como «%3».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the video could not be saved as “%3”.</source>
        <translation>Wan Studio no puede escribir en la carpeta «%1» (%2), así que no se pudo guardar el vídeo como «%3».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>Elija una carpeta en la que pueda escribir, o revise sus permisos y el espacio libre.</translation>
    </message>
</context>
<context>
    <name>wan::core::PromptAlternatives</name>
    <message>
        <location filename="../app/core/promptalternatives.cpp" line="+62"/>
        <source>Character %1 opens a group inside the group opened at character %2: &quot;%3&quot;. Groups cannot be nested; close the first one with }, or write \{ for a literal brace.</source>
        <translation>El carácter %1 abre un grupo dentro del grupo abierto en el carácter %2: «%3». Los grupos no pueden anidarse; cierre el primero con } o escriba \{ para una llave literal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character %1 closes a group that was never opened: &quot;%2&quot;. Open it with {, or write \} for a literal brace.</source>
        <translation>El carácter %1 cierra un grupo que nunca se abrió: «%2». Ábralo con { o escriba \} para una llave literal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group at character %1 has nothing to choose from: &quot;%2&quot;. Write the alternatives between the braces, separated by |.</source>
        <translation>El grupo del carácter %1 no tiene nada que elegir: «%2». Escriba las alternativas entre las llaves, separadas por |.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group opened at character %1 is never closed: &quot;%2&quot;. Close it with }, or write \{ for a literal brace.</source>
        <translation>El grupo abierto en el carácter %1 nunca se cierra: «%2». Ciérrelo con } o escriba \{ para una llave literal.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt&apos;s alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some alternatives.</source>
        <translation>Las alternativas del prompt dan %1 prompts (%2); se pueden planificar %3 como máximo a la vez. Quite algunas alternativas.</translation>
    </message>
</context>
<context>
    <name>wan::core::ScriptableSettings</name>
    <message>
        <location filename="../app/core/scriptablesettings.cpp" line="+39"/>
        <source>Credits a day&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Créditos que pueden costar las ejecuciones de un día antes de retener una; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits a month&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>Créditos que pueden costar las ejecuciones de un mes antes de retener una; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async (submit and poll) or sync (one long call).</source>
        <translation>async (enviar y consultar) o sync (una llamada larga).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once in the window: 1 to %1.</source>
        <translation>Ejecuciones simultáneas en la ventana: de 1 a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where clips are saved; empty means the data folder&apos;s results.</source>
        <translation>Dónde se guardan los clips; vacío significa la carpeta de resultados de la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications when a run ends: true or false.</source>
        <translation>Notificaciones de escritorio al terminar una ejecución: true o false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s language code (en, de, es, fr, ja, zh_CN); empty means the system&apos;s.</source>
        <translation>El código de idioma de la ventana (en, de, es, fr, ja, zh_CN); vacío significa el del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system, light, dark or highContrast.</source>
        <translation>system, light, dark o highContrast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>La dirección de la API; vacío significa la de Segmind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload service&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>La dirección del servicio de subida; vacío significa la de Segmind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not &quot;%2&quot;.</source>
        <translation>%1 espera un número de créditos, 0 o más (0: sin límite), por ejemplo 5 o 2.50; no «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is async or sync, not &quot;%2&quot;.</source>
        <translation>%1 es async o sync, no «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 es un número entero de 1 a %2, no «%3».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is true or false, not &quot;%2&quot;.</source>
        <translation>%1 es true o false, no «%2».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of %2, or empty for the system&apos;s; not &quot;%3&quot;.</source>
        <translation>%1 es uno de %2, o vacío para el del sistema; no «%3».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 es uno de %2, no «%3».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an http or https address, or empty for Segmind&apos;s own; not &quot;%2&quot;.</source>
        <translation>%1 es una dirección http o https, o vacío para la de Segmind; no «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set from the command line.</source>
        <translation>%1 no se puede cambiar desde la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>wan::core::ShotVocabulary</name>
    <message>
        <location filename="../app/core/shotvocabulary.cpp" line="+19"/>
        <source>Camera moves</source>
        <translation>Movimientos de cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels toward the subject.</source>
        <translation>La cámara avanza hacia el sujeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels away from the subject.</source>
        <translation>La cámara se aleja del sujeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns to the left on the spot.</source>
        <translation>La cámara gira hacia la izquierda sin desplazarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns upward on the spot.</source>
        <translation>La cámara se inclina hacia arriba sin desplazarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera circles the subject from above.</source>
        <translation>La cámara rodea al sujeto desde arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera follows the subject with a slight shake.</source>
        <translation>La cámara sigue al sujeto con una ligera vibración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not move; only the scene does.</source>
        <translation>La cámara no se mueve; solo se mueve la escena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shot sizes</source>
        <translation>Tamaños de plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail fills the frame, such as an eye or a hand.</source>
        <translation>Un detalle llena el encuadre, como un ojo o una mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A face or one object fills most of the frame.</source>
        <translation>Una cara o un objeto ocupa casi todo el encuadre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person from the waist up.</source>
        <translation>Una persona de la cintura para arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole subject with plenty of its surroundings.</source>
        <translation>El sujeto entero con buena parte de su entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenses and focus</source>
        <translation>Objetivos y enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is sharp and the background soft.</source>
        <translation>El sujeto está nítido y el fondo desenfocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focus shifts from one subject to another during the shot.</source>
        <translation>El foco pasa de un sujeto a otro durante el plano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wide view with stretched edges and deep space.</source>
        <translation>Una vista amplia con bordes estirados y espacio profundo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow view that flattens distance.</source>
        <translation>Una vista estrecha que aplana la distancia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Iluminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm, low sunlight shortly before sunset.</source>
        <translation>Luz solar cálida y baja poco antes del atardecer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool, soft light just after sunset.</source>
        <translation>Luz fría y suave justo después de la puesta de sol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The light comes from behind the subject, outlining it.</source>
        <translation>La luz llega por detrás del sujeto y marca su contorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even light from a cloudy sky, with faint shadows.</source>
        <translation>Luz uniforme de un cielo nublado, con sombras tenues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion speed</source>
        <translation>Velocidad del movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement is slowed down and smooth.</source>
        <translation>El movimiento se ralentiza y es suave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time passes quickly: clouds race and light changes.</source>
        <translation>El tiempo pasa deprisa: las nubes corren y la luz cambia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, calm motions in the scene.</source>
        <translation>Movimientos pequeños y tranquilos en la escena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look of a feature film: graded colour and careful framing.</source>
        <translation>El aspecto de un largometraje: color etalonado y encuadre cuidado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft, hazy and slightly unreal.</source>
        <translation>Suave, brumoso y algo irreal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark tones and strong contrast.</source>
        <translation>Tonos oscuros y fuerte contraste.</translation>
    </message>
</context>
<context>
    <name>wan::image::ImageInspector</name>
    <message>
        <location filename="../app/image/imageinspector.cpp" line="+145"/>
        <source>The pasted image could not be saved: %1.</source>
        <translation>No se pudo guardar la imagen pegada: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that there is free disk space, then paste again.</source>
        <translation>Compruebe que hay espacio libre en disco y vuelva a pegarla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be encoded as PNG</source>
        <translation>no se pudo codificar como PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (%2)</source>
        <translation>no se puede escribir %1 (%2)</translation>
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
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists, or choose it again.</source>
        <translation>Compruebe que el archivo todavía existe, o vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a picture.</source>
        <translation>«%1» es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file inside it instead.</source>
        <translation>Elija en su lugar un archivo de imagen que esté dentro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a picture file but a pipe, socket or device, so it cannot be read.</source>
        <translation>«%1» no es un archivo de imagen, sino una tubería, un socket o un dispositivo, así que no se puede leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file saved on a disk.</source>
        <translation>Elige un archivo de imagen guardado en un disco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be opened for reading.</source>
        <translation>No se puede abrir «%1» para leerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you are allowed to read it (its permissions), or copy it to a folder you can read.</source>
        <translation>Compruebe que tiene permiso para leerlo, o cópielo a una carpeta que pueda leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>“%1” is too large (%2 MB).</source>
        <translation>«%1» es demasiado grande (%2 MB).</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Use a smaller picture, or reduce it in an image editor first.</source>
        <translation>Use una imagen más pequeña, o redúzcala antes en un editor de imágenes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network share is available, then try again.</source>
        <translation>Compruebe que el disco o la unidad de red están disponibles y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be decoded.</source>
        <translation>No se pudo decodificar «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may be damaged; try opening it in an image editor and saving it again.</source>
        <translation>Puede que el archivo esté dañado; pruebe a abrirlo en un editor de imágenes y guardarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large: %2 × %3 pixels (the limit is %4 megapixels).</source>
        <translation>«%1» es demasiado grande: %2 × %3 píxeles (el límite es de %4 megapíxeles).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce it in an image editor to a few thousand pixels on each side, then try again.</source>
        <translation>Redúzcala en un editor de imágenes a unos pocos miles de píxeles por lado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>«%1» está vacío (0 bytes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may not have finished copying or downloading; choose it again when it has.</source>
        <translation>Puede que el archivo no haya terminado de copiarse o descargarse; vuelva a elegirlo cuando termine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a %2 image, which this system cannot decode.</source>
        <translation>«%1» es una imagen %2, que este sistema no puede decodificar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to JPEG or PNG first (most photo apps can export it).</source>
        <translation>Conviértala primero a JPEG o PNG (la mayoría de las aplicaciones de fotos pueden exportarla).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is incomplete: the file ends before the picture does.</source>
        <translation>«%1» está incompleto: el archivo termina antes que la imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or download the file again, or choose another picture.</source>
        <translation>Copie o descargue el archivo de nuevo, o elija otra imagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a picture.</source>
        <translation>«%1» no es una imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.</source>
        <translation>Elija una imagen JPEG, PNG, WebP, GIF, BMP o TIFF.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a %2 picture of %3 × %4 pixels; pictures in that format are read only up to %5 megapixels (JPEG and PNG up to %6).</source>
        <translation>«%1» es una imagen %2 de %3 × %4 píxeles; las imágenes en ese formato solo se leen hasta %5 megapíxeles (JPEG y PNG hasta %6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it as JPEG or PNG (any image editor can), or make it smaller, then try again.</source>
        <translation>Guárdela como JPEG o PNG (cualquier editor de imágenes puede hacerlo), o redúzcala, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is %2 × %3 pixels, too long and narrow for the video: the picture sent would be %4 × %5 pixels (the limit is %6 megapixels).</source>
        <translation>«%1» mide %2 × %3 píxeles, demasiado alargada y estrecha para el vídeo: la imagen enviada tendría %4 × %5 píxeles (el límite es de %6 megapíxeles).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop it closer to the video&apos;s shape (16:9 or 9:16), then try again.</source>
        <translation>Recórtela para acercarla a la forma del vídeo (16:9 o 9:16) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Animated image: only the first frame is used.</source>
        <translation>Imagen animada: solo se usa el primer fotograma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds several pictures: only the first is used.</source>
        <translation>El archivo contiene varias imágenes: solo se usa la primera.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” (%2 × %3 pixels) would need about %4 MB of memory to decode at 16 bits per channel; the limit is %5 MB.</source>
        <translation>«%1» (%2 × %3 píxeles) necesitaría unos %4 MB de memoria para decodificarse a 16 bits por canal; el límite es de %5 MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it with 8 bits per channel, or smaller, in an image editor, then try again.</source>
        <translation>Guárdela con 8 bits por canal, o más pequeña, en un editor de imágenes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be converted to JPEG.</source>
        <translation>No se pudo convertir «%1» a JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, save the picture as PNG and use that.</source>
        <translation>Vuelva a intentarlo; si sigue fallando, guarde la imagen como PNG y use ese archivo.</translation>
    </message>
</context>
<context>
    <name>wan::image::PngScaledReader</name>
    <message>
        <location filename="../app/image/pngscaledreader.cpp" line="+322"/>
        <location line="+6"/>
        <source>the PNG decoder could not start</source>
        <translation>el decodificador PNG no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is not enough memory for the scaled picture</source>
        <translation>no hay memoria suficiente para la imagen escalada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PNG data is damaged</source>
        <translation>los datos PNG están dañados</translation>
    </message>
</context>
<context>
    <name>wan::image::RemoteImage</name>
    <message>
        <location filename="../app/image/remoteimage.cpp" line="+87"/>
        <source>%1 Use an address that starts with https://, or save the picture and choose the file.</source>
        <translation>%1 Use una dirección que empiece por https://, o guarde la imagen y elija el archivo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sent the picture on to “%2”, which is not a secure (https) address, so Wan Studio did not follow. Save the picture from your browser and choose the file instead.</source>
        <translation>%1 redirigió la imagen a «%2», que no es una dirección segura (https), así que Wan Studio no la siguió. Guarde la imagen desde su navegador y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.</source>
        <translation>%1 siguió redirigiendo la imagen a otras direcciones. Guárdela desde su navegador y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>La imagen en %1 ocupa %2, más de los %3 que Wan Studio descarga para una imagen. Guárdela, redúzcala y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>%1 answered with a web page, not a picture. Copy the address of the picture itself (right-click it, “Copy Image Address”), or save it and choose the file.</source>
        <translation>%1 respondió con una página web, no con una imagen. Copie la dirección de la propia imagen (clic derecho sobre ella, «Copiar dirección de imagen»), o guárdela y elija el archivo.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>La imagen en %1 ocupa más de %2, lo máximo que Wan Studio descarga para una imagen. Guárdela, redúzcala y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.</source>
        <translation>%1 respondió HTTP %2: no hay ninguna imagen en esta dirección. Revise la dirección o vuelva a copiarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.</source>
        <translation>%1 respondió HTTP %2: la imagen no es pública. Guárdela desde su navegador y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.</source>
        <translation>%1 respondió HTTP %2: el servidor tiene un problema. Vuelva a intentarlo más tarde, o guarde la imagen y elija el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 respondió HTTP %2 en lugar de enviar la imagen. Revise la dirección, o guarde la imagen y elija el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 envió una respuesta vacía en lugar de una imagen. Revise la dirección, o guarde la imagen y elija el archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 sent is not a picture. Check that the address ends at the picture itself, or save it and choose the file.</source>
        <translation>Lo que envió %1 no es una imagen. Compruebe que la dirección apunta a la propia imagen, o guárdela y elija el archivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.</source>
        <translation>%1 no respondió en %2 segundos. Vuelva a intentarlo, o guarde la imagen y elija el archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be reached (%2). Check the address and your internet connection.</source>
        <translation>No se pudo contactar con %1 (%2). Revise la dirección y su conexión a internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file instead.</source>
        <translation>No se pudo establecer una conexión segura con %1 (%2). Guarde la imagen desde su navegador y elija el archivo en su lugar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.</source>
        <translation>No se pudo descargar la imagen en %1 (%2). Revise la dirección, o guarde la imagen y elija el archivo.</translation>
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
        <translation>%1 no tiene semilla que variar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+7"/>
        <location line="+31"/>
        <location line="+43"/>
        <source>A batch has %1 to %2 runs (asked for %3).</source>
        <translation>Un lote tiene de %1 a %2 ejecuciones (se pidieron %3).</translation>
    </message>
    <message numerus="yes">
        <location line="-55"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-68"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>Las semillas consecutivas deben estar entre 0 y %1: %n ejecución desde %2 terminaría en %3.</numerusform>
            <numerusform>Las semillas consecutivas deben estar entre 0 y %1: %n ejecuciones desde %2 terminarían en %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>No se pudo obtener %n semilla distinta.</numerusform>
            <numerusform>No se pudieron obtener %n semillas distintas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 no es un parámetro de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with variations; a sweep keeps it fixed.</source>
        <translation>Para variar la semilla use variaciones; un barrido la mantiene fija.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+40"/>
        <source>%1 is not a number, so it cannot be swept.</source>
        <translation>%1 no es un número, así que no se puede hacer un barrido con él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+4"/>
        <source>Enter at least one value of %1.</source>
        <translation>Introduzca al menos un valor de %1.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 %2 is listed more than once.</source>
        <translation>%1 %2 aparece más de una vez.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Enter the values to try, separated by commas.</source>
        <translation>Introduzca los valores que quiere probar, separados por comas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From, to and step must be numbers.</source>
        <translation>Desde, hasta y paso deben ser números.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be greater than 0.</source>
        <translation>El paso debe ser mayor que 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2 in steps of %3 makes more than %4 runs.</source>
        <translation>De %1 a %2 en pasos de %3 da más de %4 ejecuciones.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No runs planned.</source>
        <translation>No hay ejecuciones planificadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n ejecución, unos %1 créditos</numerusform>
            <numerusform>%n ejecuciones, unos %1 créditos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance is unknown, so the batch runs until the service refuses</source>
        <translation>%1; su saldo es desconocido, así que el lote se ejecuta hasta que el servicio lo rechace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; your balance %2</source>
        <translation>%1; su saldo es %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1; su saldo de %2 cubre %n ejecución</numerusform>
            <numerusform>%1; su saldo de %2 cubre %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance %2 does not cover one run</source>
        <translation>%1; su saldo de %2 no cubre ni una ejecución</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1; su saldo de %2 cubre solo %n de %3: el lote se detiene cuando el saldo no cubra la siguiente ejecución</numerusform>
            <numerusform>%1; su saldo de %2 cubre solo %n de %3: el lote se detiene cuando el saldo no cubra la siguiente ejecución</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-129"/>
        <source>(nothing)</source>
        <comment>a prompt alternative that is empty</comment>
        <translation>(nada)</translation>
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
        <translation>El prompt no tiene alternativas que variar: escríbalas como {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Seed %1 is outside 0 to %2.</source>
        <translation>La semilla %1 está fuera de 0 a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed %1 is listed more than once.</source>
        <translation>La semilla %1 aparece más de una vez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2; the numbers that can be varied are %3.</source>
        <translation>%1 no es un parámetro de %2; los números que se pueden variar son %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with seeds; a sweep keeps it fixed.</source>
        <translation>Varíe la semilla con semillas; un barrido la mantiene fija.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.</source>
        <translation>Estas opciones dan %1 ejecuciones (%2); un lote tiene %3 como máximo. Varíe menos cosas a la vez.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>At most %1 parameters can be swept at once (asked for %2).</source>
        <translation>Se pueden barrer como máximo %1 parámetros a la vez (se pidieron %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies a parameter; the prompt and the seed have their own options.</source>
        <translation>Un barrido varía un parámetro; el prompt y la semilla tienen sus propias opciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is swept twice; list all its values in one sweep.</source>
        <translation>%1 se barre dos veces; indique todos sus valores en un solo barrido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a number of seeds or a list of seeds, not both.</source>
        <translation>Indique un número de semillas o una lista de semillas, no ambas cosas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows and the columns vary the same thing; choose two different axes.</source>
        <translation>Las filas y las columnas varían lo mismo; elija dos ejes distintos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt has alternatives in braces: make the prompt one of the grid&apos;s axes, or remove the braces.</source>
        <translation>El prompt tiene alternativas entre llaves: haga del prompt uno de los ejes de la cuadrícula o quite las llaves.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A grid has at most %1 rows (asked for %2).</source>
        <translation>Una cuadrícula tiene %1 filas como máximo (se pidieron %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grid has at most %1 columns (asked for %2).</source>
        <translation>Una cuadrícula tiene %1 columnas como máximo (se pidieron %2).</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>%1 créditos gastados, contando %n ejecución aún en curso</numerusform>
            <numerusform>%1 créditos gastados, contando %n ejecuciones aún en curso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits spent</source>
        <translation>%1 créditos gastados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.</source>
        <translation>Retenida por su presupuesto diario de %1 créditos: %2 hoy, y esto costaría unos %3 más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.</source>
        <translation>Retenida por su presupuesto mensual de %1 créditos: %2 este mes, y esto costaría unos %3 más.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetGuard</name>
    <message>
        <location filename="../app/jobs/budgetguard.cpp" line="+40"/>
        <source>Nothing was sent for it. Send it anyway, or raise the cap in Settings.</source>
        <translation>No se envió nada. Envíela de todos modos o suba el límite en Configuración.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::Continuation</name>
    <message>
        <location filename="../app/jobs/continuation.cpp" line="+114"/>
        <source>The frame could not be saved in the library&apos;s media folder.</source>
        <translation>No se pudo guardar el fotograma en la carpeta de medios de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::ExportInputs</name>
    <message>
        <location filename="../app/jobs/exportinputs.cpp" line="+73"/>
        <source>There is no run %1 in the library.</source>
        <translation>No hay ninguna ejecución %1 en la biblioteca.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Run %1 has no finished clip to export.</source>
        <translation>La ejecución %1 no tiene un clip terminado que exportar.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="+75"/>
        <source>There is nothing to export: choose at least one clip.</source>
        <translation>No hay nada que exportar: elija al menos un clip.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message>
        <location filename="../app/jobs/finishnotices.cpp" line="+16"/>
        <source>A batch was stopped</source>
        <translation>Se detuvo un lote</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>Tu saldo no cubriría la siguiente ejecución; no se envió %n ejecución.</numerusform>
            <numerusform>Tu saldo no cubriría la siguiente ejecución; no se enviaron %n ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your clip is ready</source>
        <translation>Tu clip está listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run failed</source>
        <translation>Una ejecución falló</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n clip listo</numerusform>
            <numerusform>%n clips listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelado</numerusform>
            <numerusform>, %n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch finished with failures</source>
        <translation>Un lote terminó con errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your batch is ready</source>
        <translation>Tu lote está listo</translation>
    </message>
</context>
<context>
    <name>wan::jobs::GenerationJob</name>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+61"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the image</source>
        <translation>Preparando la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading the image</source>
        <translation>Subiendo la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 no es un parámetro de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the value and try again; nothing was sent.</source>
        <translation>Corrija el valor y vuelva a intentarlo; no se envió nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the client is gone</source>
        <translation>el cliente ya no existe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>iniciar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image address cannot be used: %1</source>
        <translation>No se puede usar la dirección de la imagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// image address, or choose a file on this computer.</source>
        <translation>Use una dirección de imagen https://, o elija un archivo de este equipo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The clip had been saved before Wan Studio stopped: %1</source>
        <translation>El clip ya se había guardado antes de que Wan Studio se cerrara: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_image.cpp" line="+166"/>
        <source>Upload failed (%1); trying again in %2 s.</source>
        <translation>La subida falló (%1); se reintentará en %2 s.</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+45"/>
        <source>Waiting %1 s for the service&apos;s rate limit window to open.</source>
        <translation>Esperando %1 s a que el límite de solicitudes del servicio vuelva a permitir envíos.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The run could not be recorded in the library (is the disk full?), so it was not sent; nothing was charged.</source>
        <translation>No se pudo registrar la ejecución en la biblioteca (¿está lleno el disco?), así que no se envió; no se cobró nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space, then send it again.</source>
        <translation>Libera espacio en disco y vuelve a enviarla.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="+112"/>
        <source>Rate limited by the service; trying again in %1 s.</source>
        <translation>El servicio limita las solicitudes; se reintentará en %1 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service may have accepted this run and may charge for it, so Wan Studio will not send it again by itself. Check the request history in your Segmind console before generating again.</source>
        <translation>Puede que el servicio haya aceptado esta ejecución y la cobre, así que Wan Studio no la volverá a enviar por su cuenta. Consulte el historial de solicitudes en su consola de Segmind antes de volver a generar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waiting for the run</source>
        <translation>esperar la ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still on the service; resume it later to fetch the result (it is kept for an hour).</source>
        <translation>La ejecución sigue en el servicio; reanúdela más tarde para recoger el resultado (se conserva durante una hora).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking progress failed (%1); trying again.</source>
        <translation>Falló la comprobación del progreso (%1); se reintentará.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-66"/>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-16"/>
        <source>Fetching the result failed (%1); trying again.</source>
        <translation>Falló la obtención del resultado (%1); se reintentará.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>downloading the video</source>
        <translation>descargar el vídeo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clip was saved, but without its settings inside: %1</source>
        <translation>El clip se guardó, pero sin sus ajustes incluidos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The finished video is no longer available for download (HTTP %1).</source>
        <translation>El vídeo terminado ya no se puede descargar (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download failed (%1); trying again.</source>
        <translation>La descarga falló (%1); se reintentará.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run may have finished and been charged, but the one-call API keeps no copy to download again. Submit-and-poll mode (the default) can fetch a result again after a dropped connection.</source>
        <translation>Puede que la ejecución haya terminado y se haya cobrado, pero la API de una sola llamada no guarda copia para volver a descargarla. El modo enviar y consultar (el predeterminado) puede recuperar un resultado tras perder la conexión.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running the generation</source>
        <translation>ejecutar la generación</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobListModel</name>
    <message>
        <location filename="../app/jobs/joblistmodel.cpp" line="+125"/>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · running in another Wan Studio window or process (%2)</source>
        <translation>%1 · en curso en otra ventana o proceso de Wan Studio (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a free slot</source>
        <translation>Esperando un hueco libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of about %3</source>
        <translation>%1 · %2 de unos %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1%</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1</source>
        <translation>Terminada en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · in another window</source>
        <translation>%1 · en otra ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by a budget cap</source>
        <translation>Retenida por un límite de presupuesto</translation>
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
        <translation>no se pudo registrar la ejecución en la biblioteca, así que no se envió</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not sent: the balance would not cover this run. Nothing was charged for it.</source>
        <translation>No enviada: el saldo no cubriría esta ejecución. No se ha cobrado nada por ella.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Discarded before it was sent; nothing was charged.</source>
        <translation>Descartada antes de enviarse; no se ha cobrado nada.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_elsewhere.cpp" line="+122"/>
        <source>The Wan Studio process sending this run stopped; whether the service received it is unknown.</source>
        <translation>El proceso de Wan Studio que enviaba esta ejecución se detuvo; no se sabe si el servicio la recibió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.</source>
        <translation>No enviada: el proceso de Wan Studio que la preparaba se detuvo. Se vuelve a ofrecer en Ejecuciones no enviadas.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_hold.cpp" line="+69"/>
        <source>Waiting: an earlier run of its batch is held by a budget cap.</source>
        <translation>En espera: una ejecución anterior de su lote está retenida por un límite de presupuesto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent, at your word; nothing was charged for it.</source>
        <translation>No se envió, como pidió; no se cobró nada por ella.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::RunRecorder</name>
    <message>
        <location filename="../app/jobs/runrecorder.cpp" line="+240"/>
        <source>The library could not record this run&apos;s progress (is the disk full, or is the database held by another program?). Wan Studio keeps trying.</source>
        <translation>La biblioteca no pudo registrar el progreso de esta ejecución (¿está lleno el disco o tiene otro programa bloqueada la base de datos?). Wan Studio sigue intentándolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library could not record that the service accepted this run as request %1 (is the disk full, or is the database held by another program?). Wan Studio keeps trying and the run goes on; keep the request id, your Segmind console lists the run under it.</source>
        <translation>La biblioteca no pudo registrar que el servicio aceptó esta ejecución como solicitud %1 (¿está lleno el disco o tiene otro programa bloqueada la base de datos?). Wan Studio sigue intentándolo y la ejecución continúa; guarde el ID de solicitud: su consola de Segmind muestra la ejecución con ese ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library still could not record this run; free some disk space.</source>
        <translation>La biblioteca sigue sin poder registrar esta ejecución; libere espacio en disco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library still could not record this run (request %1); free some disk space. Keep the request id: your Segmind console lists the run under it.</source>
        <translation>La biblioteca sigue sin poder registrar esta ejecución (solicitud %1); libere espacio en disco. Guarde el ID de solicitud: su consola de Segmind muestra la ejecución con ese ID.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wan Studio stopped while this run was being sent; whether the service received it is unknown.</source>
        <translation>Wan Studio se cerró mientras se enviaba esta ejecución; no se sabe si el servicio la recibió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the request history in your Segmind console before generating it again.</source>
        <translation>Consulte el historial de solicitudes en su consola de Segmind antes de volver a generarla.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SequenceTimeline</name>
    <message>
        <location filename="../app/jobs/sequencetimeline.cpp" line="+64"/>
        <source>Run %1 of the sequence is no longer in the library. Remove it from the sequence.</source>
        <translation>La ejecución %1 de la secuencia ya no está en la biblioteca. Quítela de la secuencia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of the sequence has no finished clip.</source>
        <translation>La ejecución %1 de la secuencia no tiene un clip terminado.</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SessionClips</name>
    <message>
        <location filename="../app/jobs/sessionclips.cpp" line="+41"/>
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seed %2</source>
        <translation>%1, semilla %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Seed %2</source>
        <translation>%1
Semilla %2</translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n ejecución continúa este clip.</numerusform>
            <numerusform>%n ejecuciones continúan este clip.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n fot.</numerusform>
            <numerusform>%n fot.</numerusform>
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
        <translation>continúa un clip de otro lugar, desde el fotograma %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues #%1 (deleted) from frame %2</source>
        <translation>continúa #%1 (eliminado) desde el fotograma %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continues #%1 from frame %2</source>
        <translation>continúa #%1 desde el fotograma %2</translation>
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
        <translation>No se pudo usar la base de datos de la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_p.h" line="+6"/>
        <source>The library is not open.</source>
        <translation>La biblioteca no está abierta.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-172"/>
        <location line="+77"/>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Falta el controlador SQLite de Qt (paquete de Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>No se pudo abrir la biblioteca %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.</source>
        <translation>La biblioteca %1 está dañada o no es una biblioteca de Wan Studio (%2). Se ha dejado como estaba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a Wan Studio library. It was left as it is.</source>
        <translation>El archivo %1 no es una biblioteca de Wan Studio. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).</source>
        <translation>La biblioteca %1 la escribió una versión más reciente de Wan Studio (esquema %2; esta versión lee %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 could not be checked (%2). It was left as it is.</source>
        <translation>No se pudo comprobar la biblioteca %1 (%2). Se ha dejado como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library %1 is damaged (%2). It was left as it is.</source>
        <translation>La biblioteca %1 está dañada (%2). Se ha dejado como estaba.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The library %1 could not be set up: %2</source>
        <translation>No se pudo preparar la biblioteca %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library %1 could not be upgraded and was left at its previous version: %2</source>
        <translation>No se pudo actualizar la biblioteca %1 y se quedó en su versión anterior: %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+108"/>
        <location line="+20"/>
        <location filename="../app/library/library_owners.cpp" line="+45"/>
        <source>There is no run %1 in the library.</source>
        <translation>No hay ninguna ejecución %1 en la biblioteca.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The run was removed, but these files could not be deleted: %1</source>
        <translation>Se eliminó la ejecución, pero no se pudieron borrar estos archivos: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_sequences.cpp" line="+86"/>
        <source>There is no sequence %1 in the library: it may have been deleted.</source>
        <translation>No hay ninguna secuencia %1 en la biblioteca: puede que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>wan::library::LibraryRebuild</name>
    <message>
        <location filename="../app/library/libraryrebuild.cpp" line="+69"/>
        <source>%1 could not be moved aside: %2</source>
        <translation>No se pudo apartar %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its settings are not those of a Wan Studio run</source>
        <translation>sus ajustes no son los de una ejecución de Wan Studio</translation>
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
        <translation>su índice (caja moov) está dañado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a fragmented MP4, which is not supported</source>
        <translation>es un MP4 fragmentado, que no está admitido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its user data (udta box) is damaged</source>
        <translation>sus datos de usuario (caja udta) están dañados</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+84"/>
        <source>%1 cannot be opened: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a complete MP4 video: %2</source>
        <translation>%1 no es un vídeo MP4 completo: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 has two indexes (moov boxes)</source>
        <translation>%1 tiene dos índices (cajas moov)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an index (moov box) too large to edit</source>
        <translation>%1 tiene un índice (caja moov) demasiado grande para editarlo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 cannot be changed: %2</source>
        <translation>no se puede modificar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written beside the video: %2</source>
        <translation>no se puede escribir %1 junto al vídeo: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rewritten video failed its check: %1</source>
        <translation>el vídeo reescrito no superó la comprobación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rewritten video does not give its settings back: %1</source>
        <translation>el vídeo reescrito no devuelve sus ajustes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rewritten video gives different settings back</source>
        <translation>el vídeo reescrito devuelve ajustes distintos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be replaced</source>
        <translation>no se pudo reemplazar %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an MP4 video</source>
        <translation>%1 no es un vídeo MP4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no index (moov box); it is incomplete</source>
        <translation>%1 no tiene índice (caja moov); está incompleto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the settings in %1 are damaged: %2</source>
        <translation>los ajustes de %1 están dañados: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Wan Studio settings</source>
        <translation>%1 no contiene ajustes de Wan Studio</translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message>
        <location filename="../app/media/clipframes.cpp" line="+64"/>
        <source>The clip “%1” does not exist.</source>
        <translation>El clip «%1» no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file: give the path of an MP4 clip.</source>
        <translation>«%1» no es un archivo: indique la ruta de un clip MP4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip “%1” cannot be read: %2.</source>
        <translation>El clip «%1» no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty (0 bytes): it holds no video.</source>
        <translation>El archivo «%1» está vacío (0 bytes): no contiene ningún vídeo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio decodes clips with, could not be loaded: %1</source>
        <translation>No se pudieron cargar las bibliotecas de FFmpeg con las que Wan Studio decodifica los clips: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The clip “%1” is incomplete (%2): it was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>El clip «%1» está incompleto (%2): probablemente se cortó mientras se guardaba, copiaba o descargaba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is not a video: it is not in a format FFmpeg can read.</source>
        <translation>El archivo «%1» no es un vídeo: no está en ningún formato que FFmpeg pueda leer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video in “%1” is %2, which this computer&apos;s FFmpeg cannot decode.</source>
        <translation>El vídeo de «%1» es %2, que el FFmpeg de este ordenador no puede decodificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds no video stream (only sound or other data).</source>
        <translation>El archivo «%1» no contiene ninguna pista de vídeo (solo sonido u otros datos).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video in “%1” does not say its frame rate, so its frames cannot be numbered.</source>
        <translation>El vídeo de «%1» no indica su frecuencia de fotogramas, así que sus fotogramas no se pueden numerar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to decode “%1”.</source>
        <translation>No hay memoria suficiente para decodificar «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The video in “%1” (%2) cannot be decoded: %3.</source>
        <translation>El vídeo de «%1» (%2) no se puede decodificar: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip “%1” holds no video frames.</source>
        <translation>El clip «%1» no contiene fotogramas de vídeo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clip “%1” is incomplete: the file ends after %2 of its %3 frames. It was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>El clip «%1» está incompleto: el archivo termina tras %2 de sus %3 fotogramas. Probablemente se cortó mientras se guardaba, copiaba o descargaba.</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>El fotograma %1 está más allá del final de «%2»: el clip tiene %n fotograma, numerado del 0 al %3.</numerusform>
            <numerusform>El fotograma %1 está más allá del final de «%2»: el clip tiene %n fotogramas, numerados del 0 al %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 s está más allá del final de «%2»: el clip dura %3 s (%n fotograma a %4 fps; el último empieza en %5 s).</numerusform>
            <numerusform>%1 s está más allá del final de «%2»: el clip dura %3 s (%n fotogramas a %4 fps; el último empieza en %5 s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>No clip is open.</source>
        <translation>No hay ningún clip abierto.</translation>
    </message>
    <message>
        <location filename="../app/media/clipframes_decode.cpp" line="+72"/>
        <source>“%1” cannot be read from its start.</source>
        <translation>«%1» no se puede leer desde su inicio.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 of “%2” is missing: the decoder went on to frame %3. The clip may be damaged.</source>
        <translation>Falta el fotograma %1 de «%2»: el decodificador pasó al fotograma %3. Puede que el clip esté dañado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be decoded: %2.</source>
        <translation>«%1» no se pudo decodificar: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame %1 of “%2” could not be decoded: the clip is damaged.</source>
        <translation>El fotograma %1 de «%2» no se pudo decodificar: el clip está dañado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” ends at frame %2, before frame %3, although it says it has %4 frames: the clip is damaged or cut short.</source>
        <translation>«%1» termina en el fotograma %2, antes del fotograma %3, aunque dice tener %4 fotogramas: el clip está dañado o cortado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frames of “%1” (%2) cannot be converted to RGB.</source>
        <translation>Los fotogramas de «%1» (%2) no se pueden convertir a RGB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory for a %1x%2 frame.</source>
        <translation>No hay memoria suficiente para un fotograma de %1x%2.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePng</name>
    <message>
        <location filename="../app/media/framepng.cpp" line="+133"/>
        <source>The frame could not be saved as “%1”: %2</source>
        <translation>No se pudo guardar el fotograma como «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no picture to save.</source>
        <translation>no hay ninguna imagen que guardar.</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePosition</name>
    <message>
        <location filename="../app/media/frameposition.cpp" line="+31"/>
        <source>“%1” is not a frame: frames count from 0 (the first), and times from 0.0 seconds.</source>
        <translation>«%1» no es un fotograma: los fotogramas se cuentan desde 0 (el primero) y los tiempos desde 0.0 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a frame: give first, last, a frame index from 0 (for example 40) or a time in seconds with a decimal point (for example 2.5).</source>
        <translation>«%1» no es un fotograma: indique first, last, un índice de fotograma desde 0 (por ejemplo 40) o un tiempo en segundos con punto decimal (por ejemplo 2.5).</translation>
    </message>
</context>
<context>
    <name>wan::media::VideoExport</name>
    <message>
        <location filename="../app/media/mltproject.cpp" line="+24"/>
        <location filename="../app/media/videoexport.cpp" line="+285"/>
        <source>There is nothing to export: name at least one clip.</source>
        <translation>No hay nada que exportar: indique al menos un clip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/media/videoexport.cpp" line="+93"/>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>«%1» ya existe. Elija otro nombre o permita reemplazarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/media/videoexport.cpp" line="-58"/>
        <source>The trim %1:%2 is outside “%3”: its frames are numbered 0 to %4, and the in point must not come after the out point.</source>
        <translation>El recorte %1:%2 está fuera de «%3»: sus fotogramas van del 0 al %4, y el punto de entrada no debe ir después del de salida.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/media/videoexport.cpp" line="-22"/>
        <source>There are %1 joins but %2 crossfades: give one crossfade per join.</source>
        <translation>Hay %1 uniones pero %2 fundidos: indique un fundido por unión.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <location filename="../app/media/videoexport.cpp" line="+229"/>
        <location filename="../app/media/videoexport_write.cpp" line="+30"/>
        <source>The export could not be written in “%1”: %2. Nothing was left behind.</source>
        <translation>No se pudo escribir la exportación en «%1»: %2. No quedó nada.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="-415"/>
        <location line="+23"/>
        <location line="+372"/>
        <location line="+40"/>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Say where to save the export.</source>
        <translation>Indique dónde guardar la exportación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the crossfade 0 frames or more.</source>
        <translation>El tamaño debe ser de 16 a 8192 píxeles, la frecuencia mayor que 0 y de 240 como máximo, y el fundido de 0 fotogramas o más.</translation>
    </message>
    <message>
        <location filename="../app/media/mltproject.cpp" line="-131"/>
        <location filename="../app/media/videoexport.cpp" line="+58"/>
        <source>A crossfade of %1 frames does not fit: “%2” has only %3 frames to blend (%4 needed). Choose a shorter crossfade.</source>
        <translation>Un fundido de %1 fotogramas no cabe: «%2» solo tiene %3 fotogramas para fundir (se necesitan %4). Elija un fundido más corto.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="+25"/>
        <source>“%1” already exists: the frames go into a new or empty folder. Choose another name.</source>
        <translation>«%1» ya existe: los fotogramas van en una carpeta nueva o vacía. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the clips being exported: choose another name.</source>
        <translation>«%1» es uno de los clips que se exportan: elija otro nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” cannot be written.</source>
        <translation>No se puede escribir en la carpeta «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio exports with, could not be loaded: %1</source>
        <translation>No se pudieron cargar las bibliotecas de FFmpeg con las que Wan Studio exporta: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../app/media/videoexport_copy.cpp" line="+206"/>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>Se canceló la exportación; no quedó nada.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The export could not be put in place as “%1”: %2. Nothing was left behind.</source>
        <translation>No se pudo colocar la exportación como «%1»: %2. No quedó nada.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_copy.cpp" line="-36"/>
        <source>The clips could not be copied: %1.</source>
        <translation>No se pudieron copiar los clips: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clips could not be copied: a clip could not be read again.</source>
        <translation>No se pudieron copiar los clips: un clip no se pudo volver a leer.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_read.cpp" line="+94"/>
        <location line="+48"/>
        <source>“%1” cannot be decoded: %2</source>
        <translation>«%1» no se puede decodificar: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the clip ends at frame %1, before frame %2: it is damaged or cut short.</source>
        <translation>el clip termina en el fotograma %1, antes del fotograma %2: está dañado o cortado.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_write.cpp" line="-5"/>
        <source>The disk is full (or the file grew past the size this computer allows): the export did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>El disco está lleno (o el archivo superó el tamaño que permite este equipo): la exportación no cupo en «%1». Libere espacio o elija otro lugar y vuelva a exportar; no quedó nada.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The encoder (%1) failed: %2.</source>
        <translation>El codificador (%1) falló: %2.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This computer&apos;s FFmpeg has no %1 encoder, which this format needs. Install Debian&apos;s libavcodec59 (packaging/install-deps.sh) or choose another format.</source>
        <translation>El FFmpeg de este equipo no tiene el codificador %1, que este formato necesita. Instale libavcodec59 de Debian (packaging/install-deps.sh) o elija otro formato.</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The disk is full: the frames did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>El disco está lleno: los fotogramas no cupieron en «%1». Libere espacio o elija otro lugar y vuelva a exportar; no quedó nada.</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_spill.cpp" line="+33"/>
        <source>The frames to play back could not be kept in “%1”: %2. Free some space there, or export without ping-pong.</source>
        <translation>Los fotogramas para la vuelta atrás no se pudieron guardar en «%1»: %2. Libere espacio allí o exporte sin ping-pong.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>a picture of another kind</source>
        <translation>una imagen de otro tipo</translation>
    </message>
</context>
<context>
    <name>wan::ui::Appearance</name>
    <message>
        <location filename="../ui/common/appearance.cpp" line="+154"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the desktop</source>
        <translation>Igual que el escritorio</translation>
    </message>
</context>
<context>
    <name>wan::ui::ClipStrip</name>
    <message>
        <location filename="../ui/player/clipstrip.cpp" line="+208"/>
        <source>Session clips</source>
        <translation>Clips de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s clips, newest first. Click one to play it.</source>
        <translation>Los clips de esta sesión, los más recientes primero. Haga clic en uno para reproducirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, at the same moment, playing or paused as it was.</source>
        <translation>%1 y %2 pasan al clip más reciente y al más antiguo; %3 alterna entre este clip y el que se mostró antes, en el mismo instante, en reproducción o en pausa como estaba.</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareCaption</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+285"/>
        <source>Settings of clip %1</source>
        <translation>Ajustes del clip %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareLockstep</name>
    <message>
        <location filename="../ui/gallery/comparelockstep.cpp" line="+133"/>
        <location line="+53"/>
        <source>the file is damaged or not a video</source>
        <translation>el archivo está dañado o no es un vídeo</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareSummary</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+47"/>
        <source>Same for all: %1</source>
        <translation>Igual en todos: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>Se ha omitido %n ejecución sin vídeo terminado.</numerusform>
            <numerusform>Se han omitido %n ejecuciones sin vídeo terminado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 runs are compared.</source>
        <translation>Solo se comparan las primeras %1 ejecuciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+202"/>
        <source>Choose two to four finished runs to compare.</source>
        <translation>Elija de dos a cuatro ejecuciones terminadas para compararlas.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>No se puede reproducir el clip %1: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Compare Runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery/compareview_frames.cpp" line="+51"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Guardar fotograma como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y Frame</source>
        <translation>Cop&amp;iar fotograma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Continuar desde es&amp;te fotograma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Continuar desde el último &amp;fotograma</translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+87"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the clips…</source>
        <translation>Leyendo los clips…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MP4 video (H.264)</source>
        <translation>Vídeo MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>Vídeo WebM (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (loops, 256 colours)</source>
        <translation>GIF (en bucle, 256 colores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated WebP (loops)</source>
        <translation>WebP animado (en bucle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>Fotogramas PNG (una carpeta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best (larger file)</source>
        <translation>Máxima (archivo más grande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller file</source>
        <translation>Archivo más pequeño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality:</source>
        <translation>Ca&amp;lidad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the clip&apos;s</source>
        <translation>La del clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &amp;rate:</source>
        <translation>Fotogramas por &amp;segundo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ping-pong loop: forward, then back</source>
        <translation>Bucle &amp;ping-pong: hacia delante y luego hacia atrás</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fr&amp;om frame:</source>
        <translation>&amp;Desde el fotograma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To frame:</source>
        <translation>&amp;Hasta el fotograma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossfa&amp;de at joins:</source>
        <translation>F&amp;undido en las uniones:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Match colours where a clip continues the one before</source>
        <translation>&amp;Igualar los colores donde un clip continúa el anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A continuation&apos;s colours drift a little from the frame it starts from; this corrects each continuing clip toward that frame, so the joins do not jump in colour.</source>
        <translation>Los colores de una continuación se desvían un poco del fotograma del que parte; esto corrige cada clip que continúa hacia ese fotograma, para que las uniones no salten de color.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>Guardar co&amp;mo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;in Folder</source>
        <translation>Mostrar en la c&amp;arpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Export</source>
        <translation>Ca&amp;ncelar exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be exported: %1</source>
        <translation>No se puede exportar nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>«%1»: %n fotograma, %2 × %3, %4 fps.</numerusform>
            <numerusform>«%1»: %n fotogramas, %2 × %3, %4 fps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n clip: %1 fotogramas en total.</numerusform>
            <numerusform>%n clips, unidos en este orden: %1 fotogramas en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>%n de ellos continúa el clip anterior y repite su último fotograma: ese fotograma se muestra una vez.</numerusform>
            <numerusform>%n de ellos continúan el clip anterior y repiten su último fotograma: ese fotograma se muestra una vez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Use the sequence&apos;s crossfade at each join (%1 frames)</source>
        <translation>Usar el fundido de la se&amp;cuencia en cada unión (%1 fotogramas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncheck to use the one crossfade above at every join instead</source>
        <translation>Desmarque para usar en su lugar el fundido de arriba en todas las uniones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these clips continues the one before it: there is no join to match.</source>
        <translation>Ninguno de estos clips continúa el anterior: no hay ninguna unión que igualar.</translation>
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
        <translation>La del clip (%1 fps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (*.webm)</source>
        <translation>Vídeo WebM (*.webm)</translation>
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
        <translation>Una carpeta nueva para los fotogramas (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export As</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+47"/>
        <source>Say where to save the export: a file name in “Save as”.</source>
        <translation>Indique dónde guardar la exportación: un nombre de archivo en «Guardar como».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the export…</source>
        <translation>Iniciando la exportación…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo con la exportación?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: choose another name, or agree to replace the file.</source>
        <translation>No se exportó nada: elija otro nombre o acepte reemplazar el archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting: frame %1 of %2</source>
        <translation>Exportando: fotograma %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, falta aproximadamente %n minuto</numerusform>
            <numerusform>, faltan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, falta aproximadamente %n segundo</numerusform>
            <numerusform>, faltan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>«%1» guardado: %n fotograma, %2 × %3.</numerusform>
            <numerusform>«%1» guardado: %n fotogramas, %2 × %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clips were copied as they are, without encoding them again.</source>
        <translation>Los clips se copiaron tal cual, sin volver a codificarlos.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
</context>
<context>
    <name>wan::ui::FrameSaver</name>
    <message>
        <location filename="../ui/common/framesaver.cpp" line="+30"/>
        <source>last frame</source>
        <translation>último fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame</source>
        <translation>primer fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Frame as PNG</source>
        <translation>Guardar fotograma como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The frame could not be taken from the clip: %1</source>
        <translation>No se pudo extraer el fotograma del clip: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame %1 (%2x%3) copied.</source>
        <translation>Fotograma %1 (%2x%3) copiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 saved as “%2”.</source>
        <translation>Fotograma %1 guardado como «%2».</translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+66"/>
        <source>Preparing preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>Sin vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>%n continuación</numerusform>
            <numerusform>%n continuaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery/galleryview.cpp" line="+53"/>
        <source>Delete Clips</source>
        <translation>Eliminar clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>Buscar en los prompts</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Favourites &amp;only</source>
        <translation>Solo &amp;favoritos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourites only</source>
        <translation>Solo favoritos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip actions</source>
        <translation>Acciones del clip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Usar estos ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four finished clips side by side (C)</source>
        <translation>Comparar de dos a cuatro clips terminados, uno al lado del otro (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same image as selected</source>
        <translation>Misma imagen que la seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No clips match.</source>
        <translation>Ningún clip coincide.</translation>
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
            <numerusform>¿Mover %n clip a la papelera?</numerusform>
            <numerusform>¿Mover %n clips a la papelera?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n ejecución continúa desde estos clips. Conserva su clip y mostrará que el clip que continuaba se eliminó.</numerusform>
            <numerusform>%n ejecuciones continúan desde estos clips. Conservan sus clips y cada una mostrará que el clip que continuaba se eliminó.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the clip “%1”.</source>
        <translation>No se pudo eliminar el clip «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing clips made from “%1”</source>
        <translation>Mostrando los clips creados a partir de «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the folder “%1”.</source>
        <translation>No se pudo abrir la carpeta «%1».</translation>
    </message>
    <message>
        <location filename="../ui/gallery/galleryview_frames.cpp" line="+89"/>
        <source>Continue from last frame</source>
        <translation>Continuar desde el último fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run (E)</source>
        <translation>El último fotograma exacto del clip pasa a ser la imagen de la siguiente ejecución (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chain</source>
        <translation>Mostrar cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the clips this one continues, from the first shot to this one, one after the other (H)</source>
        <translation>Reproduce los clips que este continúa, del primer plano a este, uno tras otro (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)</source>
        <translation>Guardar los clips seleccionados, unidos, como MP4, WebM, GIF, WebP o fotogramas PNG (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save first frame as PNG…</source>
        <translation>Guardar primer fotograma como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save last frame as PNG…</source>
        <translation>Guardar último fotograma como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy first frame</source>
        <translation>Copiar primer fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last frame</source>
        <translation>Copiar último fotograma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
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
        <translation>En espera</translation>
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
        <translation>No se puede reproducir el clip %1, %2: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid: %1 × %2</source>
        <translation>Cuadrícula: %1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%1 de %n ejecución terminada. Filas: %2; columnas: %3. Los clips terminados se reproducen juntos; haga doble clic en uno, o use su botón, para abrirlo en el estudio.</numerusform>
            <numerusform>%1 de %n ejecuciones terminadas. Filas: %2; columnas: %3. Los clips terminados se reproducen juntos; haga doble clic en uno, o use su botón, para abrirlo en el estudio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in Studio</source>
        <translation>Abrir en el estudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays this clip (%1) in the studio&apos;s player.</source>
        <translation>Reproduce este clip (%1) en el reproductor del estudio.</translation>
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
        <translation>Ejecuciones no enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>%n ejecución puesta en cola en una sesión anterior nunca se envió. ¿Enviarla ahora?</numerusform>
            <numerusform>%n ejecuciones puestas en cola en una sesión anterior nunca se enviaron. ¿Enviarlas ahora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>No se ha cobrado nada por ella. Enviarla cuesta unos %1 créditos. Si ya la ha vuelto a crear, elija Descartar.</numerusform>
            <numerusform>No se ha cobrado nada por ellas. Enviarlas cuesta unos %1 créditos. Si ya las ha vuelto a crear, elija Descartar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · queued %2 · %3</source>
        <translation>#%1 · en cola %2 · %3</translation>
    </message>
</context>
<context>
    <name>wan::ui::ImageWell</name>
    <message>
        <location filename="../ui/studio/imagewell.cpp" line="+122"/>
        <location line="+4"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The picture the video starts from. Click (or press Space) to choose a file, drop one here, or paste one with Ctrl+V. The bright frame is the part the video keeps.</source>
        <translation>La imagen con la que empieza el vídeo. Haga clic (o pulse Espacio) para elegir un archivo, suelte uno aquí o péguelo con Ctrl+V. El marco claro es la parte que conserva el vídeo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size of the picture → size it is uploaded at (just enough to cover the video frame).</source>
        <translation>Tamaño de la imagen → tamaño con el que se sube (lo justo para cubrir el fotograma del vídeo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Image URL</source>
        <translation>URL de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste an https:// image address</source>
        <translation>o pegue una dirección de imagen https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address of a picture; press Enter to load it. It is downloaded without your API key, for the preview and the upload.</source>
        <translation>La dirección https:// de una imagen; pulse Intro para cargarla. Se descarga sin su clave de API, para la vista previa y la subida.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Downloading image…</source>
        <translation>Descargando la imagen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving pasted image…</source>
        <translation>Guardando la imagen pegada…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.</source>
        <translation>Aún no ha elegido ninguna imagen. JPEG, PNG, WebP, BMP, TIFF o GIF.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an Image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a picture, an image file or an https:// image address, then paste again.</source>
        <translation>Copie una imagen, un archivo de imagen o una dirección de imagen https:// y vuelva a pegar.</translation>
    </message>
    <message>
        <location filename="../ui/studio/imagewell_paint.cpp" line="+75"/>
        <source>Click to choose an image,
or drop or paste one here</source>
        <translation>Haga clic para elegir una imagen,
o suéltela o péguela aquí</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Video frame %1x%2</source>
        <translation>Fotograma del vídeo %1x%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+109"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+28"/>
        <source>&amp;Player</source>
        <translation>&amp;Reproductor</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+0"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="+55"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Newer Clip</source>
        <translation>Clip más &amp;reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older Clip</source>
        <translation>Clip más &amp;antiguo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flip to the Clip Before (A/B)</source>
        <translation>Al&amp;ternar con el clip anterior (A/B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Runs</source>
        <translation>&amp;Ejecuciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+33"/>
        <source>Local demo: no AI, no real credits</source>
        <translation>Demo local: sin IA, sin créditos reales</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+1"/>
        <location line="+42"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this image, prompt and parameters to %1 (Ctrl+Enter). About %2 credits.</source>
        <translation>Enviar esta imagen, el prompt y los parámetros a %1 (Ctrl+Intro). Unos %2 créditos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Generate is unavailable</source>
        <translation>Por qué no está disponible Generar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-42"/>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-1"/>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="-28"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+46"/>
        <source>Se&amp;quences</source>
        <translation>Sec&amp;uencias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Image…</source>
        <translation>&amp;Abrir imagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Clip As…</source>
        <translation>&amp;Guardar clip como…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>&amp;Restablecer los parámetros predeterminados</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Variations and Sweeps…</source>
        <translation>&amp;Variaciones y barridos…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Library</source>
        <translation>Mostrar la &amp;biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;pending…</source>
        <translation>Ga&amp;stos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs &amp;Not Sent…</source>
        <translation>Ejecuciones &amp;no enviadas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh Credits</source>
        <translation>&amp;Actualizar créditos</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Wan Studio</source>
        <translation>&amp;Acerca de Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Wan Studio</source>
        <translation>Acerca de Wan Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Short videos from a still image with Segmind&apos;s %2.&lt;/p&gt;&lt;p&gt;Running on Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD licence&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Vídeos cortos a partir de una imagen fija con %2 de Segmind.&lt;/p&gt;&lt;p&gt;Funciona con Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio es software libre con licencia MIT.&lt;/p&gt;&lt;p&gt;Utiliza:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL versión 3&lt;/li&gt;&lt;li&gt;QtKeychain: licencia BSD&lt;/li&gt;&lt;li&gt;SQLite: dominio público&lt;/li&gt;&lt;li&gt;FFmpeg, a través de Qt Multimedia: GNU LGPL versión 2.1 o posterior&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+67"/>
        <source>Runs in progress</source>
        <translation>Ejecuciones en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n ejecución sigue en curso. El servicio la terminará y puede cobrarla aunque se cierre Wan Studio. ¿Salir de todos modos?</numerusform>
            <numerusform>%n ejecuciones siguen en curso. El servicio las terminará y puede cobrarlas aunque se cierre Wan Studio. ¿Salir de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add your Segmind API key in Settings to generate.</source>
        <translation>Añada su clave de API de Segmind en Configuración para generar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image first: click the image area, drop a file on it, or paste one.</source>
        <translation>Primero elija una imagen: haga clic en el área de imagen, suelte un archivo en ella o pegue una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a prompt: what should happen in the video?</source>
        <translation>Escriba un prompt: ¿qué debe ocurrir en el vídeo?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your balance (%1) is lower than one run&apos;s typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.</source>
        <translation>Su saldo (%1) es inferior al coste habitual de una ejecución (%2). Puede que el servicio rechace la ejecución; recargue en la consola de Segmind, en Billing.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A run from the last session was fetched: %1</source>
        <translation>Se recuperó una ejecución de la sesión anterior: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
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
        <translation>El saldo es inferior al coste habitual de una ejecución (%1). Recargue en la consola de Segmind, en Billing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Segmind balance, as the service last reported it.</source>
        <translation>Su saldo de Segmind, según lo indicó el servicio por última vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wan Studio — local demo: no AI, no real credits</source>
        <translation>Wan Studio — demo local: sin IA, sin créditos reales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wan Studio</source>
        <translation>Wan Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_library.cpp" line="+77"/>
        <source>Settings restored: the image, prompt and every parameter; the seed stays random.</source>
        <translation>Ajustes restaurados: la imagen, el prompt y todos los parámetros; la semilla sigue siendo aleatoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings restored: the image, prompt and every parameter, seed %1 included.</source>
        <translation>Ajustes restaurados: la imagen, el prompt y todos los parámetros, incluida la semilla %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>%n ejecución en cola.</numerusform>
            <numerusform>%n ejecuciones en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>Comparar %n clip — Wan Studio</numerusform>
            <numerusform>Comparar %n clips — Wan Studio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 holds no Wan Studio settings (only clips made by Wan Studio do).</source>
        <translation>%1 no contiene ajustes de Wan Studio (solo los tienen los clips creados con Wan Studio).</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+104"/>
        <location line="+4"/>
        <source>Taking the last frame of “%1”…</source>
        <translation>Extrayendo el último fotograma de «%1»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking frame %1 of “%2”…</source>
        <translation>Extrayendo el fotograma %1 de «%2»…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not continue from “%1”: %2</source>
        <translation>No se pudo continuar desde «%1»: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.</source>
        <translation>La imagen es exactamente el fotograma %1 de «%2». Edita la indicación y pulsa Generar: la nueva ejecución registrará que continúa este clip.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This chain has no finished clip to play.</source>
        <translation>Esta cadena no tiene ningún clip terminado que reproducir.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>Reproduciendo la cadena de %n clip: %1.</numerusform>
            <numerusform>Reproduciendo la cadena de %n clips, uno tras otro: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts at %1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>Empieza en %1: el clip que continuaba (#%2) se eliminó de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_export.cpp" line="+24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped</source>
        <translation>Guardar el clip como MP4, WebM, GIF, WebP animado o fotogramas PNG: recortado, redimensionado o en bucle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no clip to export: play one first.</source>
        <translation>No hay ningún clip que exportar: reproduzca uno primero.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sequences live in the library, which is not open.</source>
        <translation>Las secuencias están en la biblioteca, que no está abierta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sequence %1 in the library.</source>
        <translation>No hay ninguna secuencia %1 en la biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sequence “%1” is empty: add clips to it, then export it.</source>
        <translation>La secuencia «%1» está vacía: añádale clips y luego expórtela.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 of the sequence “%2” is no longer in the library: take it out of the sequence, then export it.</source>
        <translation>La ejecución %1 de la secuencia «%2» ya no está en la biblioteca: quítela de la secuencia y luego exporte esta.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+22"/>
        <source>Make Sequence from Chain</source>
        <translation>Crear secuencia a partir de la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new sequence of the clips this one continues and the clips that continue it, first shot first</source>
        <translation>Una secuencia nueva con los clips que este continúa y los clips que lo continúan, el primer plano primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Sequence…</source>
        <translation>Nueva secuencia…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Sequence</source>
        <translation>Añadir a la secuencia</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous Join</source>
        <translation>Unión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Unión siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Review</source>
        <translation>Detener la revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sequence</source>
        <translation>Volver a la secuencia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Join %1 of %2: a continuation, its repeated frame dropped</source>
        <translation>Unión %1 de %2: una continuación, sin el fotograma repetido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join %1 of %2: a cut</source>
        <translation>Unión %1 de %2: un corte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame).</source>
        <translation>Este clip no forma parte de una cadena de clips terminados: continúelo primero (Continuar desde el último fotograma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of #%1</source>
        <translation>Cadena de #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain starts at #%1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>La cadena empieza en #%1: el clip que continuaba (#%2) se eliminó de la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>%n clip de la cadena tenía más de una continuación: cada vez se tomó la primera que se hizo.</numerusform>
            <numerusform>%n clips de la cadena tenían más de una continuación: cada vez se tomó la primera que se hizo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>%n ejecución de este lote está retenida; no se envió ni se cobró.</numerusform>
            <numerusform>%n ejecuciones de este lote están retenidas; ninguna se envió ni se cobró.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent or charged.</source>
        <translation>No se envió ni se cobró nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;No enviar</translation>
    </message>
</context>
<context>
    <name>wan::ui::MediaPlayback</name>
    <message>
        <location filename="../ui/player/mediaengine.cpp" line="+58"/>
        <source>the video player could not be loaded (%1); reinstall Wan Studio</source>
        <translation>no se pudo cargar el reproductor de vídeo (%1); reinstale Wan Studio</translation>
    </message>
</context>
<context>
    <name>wan::ui::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+21"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>wan::ui::ParameterForm</name>
    <message>
        <location filename="../ui/studio/parameterform.cpp" line="+104"/>
        <source>Ra&amp;ndom each run</source>
        <translation>&amp;Aleatoria cada vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse &amp;last seed</source>
        <translation>Usar la ú&amp;ltima semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Clip length</source>
        <translation>Duración del clip</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Set every parameter back to the model&apos;s default.</source>
        <translation>Devolver todos los parámetros al valor predeterminado del modelo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Show or hide the parameters that are rarely changed.</source>
        <translation>Mostrar u ocultar los parámetros que rara vez se cambian.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Use a different random seed for every run. The seed actually used is kept with each result.</source>
        <translation>Usar una semilla aleatoria distinta en cada ejecución. La semilla usada se guarda con cada resultado.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Put the seed of the last run (%1) into the field.</source>
        <translation>Poner en el campo la semilla de la última ejecución (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once a run has finished.</source>
        <translation>Disponible cuando haya terminado una ejecución.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 frames at %2 fps = %3 s</source>
        <translation>%1 fotogramas a %2 fps = %3 s</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy File Path</source>
        <translation>Copiar la ruta del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: %1</source>
        <translation>Atajo: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag or use the arrow keys to move through the clip</source>
        <translation>Arrastre o use las flechas para moverse por el clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback Speed</source>
        <translation>Velocidad de reproducción</translation>
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
        <translation>Tiempo actual y duración del clip</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · frame %2</source>
        <translation>%1 · fotograma %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerView</name>
    <message>
        <location filename="../ui/player/playerview.cpp" line="+57"/>
        <location line="+8"/>
        <source>Could not read the clip: %1</source>
        <translation>No se pudo leer el clip: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the file is damaged or not a video</source>
        <translation>el archivo está dañado o no es un vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clip cannot be played: %1</source>
        <translation>No se puede reproducir este clip: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This clip cannot be played: the file is damaged or not a video.</source>
        <translation>No se puede reproducir este clip: el archivo está dañado o no es un vídeo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The clip “%1” could not be found.</source>
        <translation>No se encontró el clip «%1».</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save Clip As</source>
        <translation>Guardar clip como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no clip to save.</source>
        <translation>No hay ningún clip que guardar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Saved the clip as “%1”.</source>
        <translation>Clip guardado como «%1».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the clip&apos;s path to the clipboard.</source>
        <translation>Se copió la ruta del clip al portapapeles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the folder “%1”.</source>
        <translation>No se pudo abrir la carpeta «%1».</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your clip will play here</source>
        <translation>Su clip se reproducirá aquí</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+397"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../ui/player/playerview_frames.cpp" line="+54"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>Guardar fotograma como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the frame on screen, decoded at the clip&apos;s full size, with the run&apos;s settings</source>
        <translation>Guarda el fotograma en pantalla, decodificado al tamaño completo del clip, con los ajustes de la ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Frame</source>
        <translation>Cop&amp;iar fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;This Frame</source>
        <translation>Continuar desde es&amp;te fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>Continuar desde el último &amp;fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run</source>
        <translation>El último fotograma exacto del clip pasa a ser la imagen de la siguiente ejecución</translation>
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
        <translation>Describa lo que ocurre en el clip: qué se mueve, cómo se mueve la cámara, la luz y el ambiente. %1 genera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt sent with the image. %1 generates.</source>
        <translation>El prompt que se envía con la imagen. %1 genera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt length warning</source>
        <translation>Aviso de longitud del prompt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Prompts recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the last prompts you generated with into the editor.</source>
        <translation>Poner en el editor uno de los últimos prompts con los que generó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Shot vocabulary</source>
        <translation>Vocabulario de planos</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the cursor (%1).</source>
        <translation>Movimientos de cámara, tamaños de plano, objetivos, iluminación, velocidad del movimiento y ambiente: expresiones que el modelo sigue, para insertar en el cursor (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This prompt is very long: %L1 characters (about 1,000 work well). It is sent unchanged; the service may refuse it or use only part of it. Shorten it to be sure.</source>
        <translation>Este prompt es muy largo: %L1 caracteres (unos 1000 funcionan bien). Se envía sin cambios; el servicio puede rechazarlo o usar solo una parte. Acórtalo para ir sobre seguro.</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunDifferences</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="-205"/>
        <source>Differs between the compared runs</source>
        <translation>Difiere entre las ejecuciones comparadas</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>(sin prompt)</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsView</name>
    <message>
        <location filename="../ui/shell/runsview.cpp" line="+109"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway (past the budget cap)</source>
        <translation>Enviar de todos modos (por encima del límite de presupuesto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Usar estos ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from last frame</source>
        <translation>Continuar desde el último fotograma</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not open the folder “%1”.</source>
        <translation>No se pudo abrir la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message>
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+166"/>
        <source>Continues the clip before: its repeated first frame is dropped</source>
        <translation>Continúa el clip anterior: se quita su primer fotograma repetido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continues frame %1 of the clip before, which is not its out point: nothing dropped</source>
        <translation>Continúa el fotograma %1 del clip anterior, que no es su punto de salida: no se quita nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cut: nothing dropped</source>
        <translation>Un corte: no se quita nada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>(fundido de %n fotograma)</numerusform>
            <numerusform>(fundido de %n fotogramas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1. #%2 (no longer in the library)</source>
        <translation>%1. #%2 (ya no está en la biblioteca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. #%2</source>
        <translation>%1. #%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. #%2 · frames %3–%4</source>
        <translation>%1. #%2 · fotogramas %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join: repeated frame dropped</source>
        <translation>Unión: fotograma repetido quitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join: nothing dropped</source>
        <translation>Unión: no se quita nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was deleted from the library.</source>
        <translation>Esta ejecución se eliminó de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message>
        <location filename="../ui/gallery/sequencepanel.cpp" line="+206"/>
        <source>Delete Sequence</source>
        <translation>Eliminar secuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sequence “%1”? Its clips stay in the Library.</source>
        <translation>¿Eliminar la secuencia «%1»? Sus clips se quedan en la biblioteca.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>Secuencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty sequence; add clips from the Library (its context menu, or drag them here)</source>
        <translation>Una secuencia nueva y vacía; añada clips desde la biblioteca (su menú contextual, o arrástrelos aquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sequence (its clips stay in the Library)</source>
        <translation>Eliminar esta secuencia (sus clips se quedan en la biblioteca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to reorder; Delete removes the selected clip</source>
        <translation>Arrastre para reordenar; Supr quita el clip seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>In:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Out:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set In</source>
        <translation>Fijar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the first frame (I)</source>
        <translation>El fotograma bajo el cursor pasa a ser el primero (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Out</source>
        <translation>Fijar salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the last frame (O)</source>
        <translation>El fotograma bajo el cursor pasa a ser el último (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Crossfade:</source>
        <translation>Fundido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended with the clip before, in the player and in an export</source>
        <translation>Fotogramas fundidos con el clip anterior, en el reproductor y en una exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Clip</source>
        <translation>Quitar clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sequence</source>
        <translation>Reproducir secuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the whole sequence in the player, with one scrub bar across it</source>
        <translation>Reproducir toda la secuencia en el reproductor, con una sola barra de posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Seam</source>
        <translation>Revisar unión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop one second around a join: half a second before it, half a second after</source>
        <translation>Repetir un segundo alrededor de una unión: medio segundo antes y medio después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Join</source>
        <translation>Unión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>Unión siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Editor (MLT)…</source>
        <translation>Exportar para editor (MLT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MLT project for Shotcut or Kdenlive, referring to the original clips</source>
        <translation>Un proyecto MLT para Shotcut o Kdenlive que hace referencia a los clips originales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point</source>
        <translation>Haga clic o arrastre para elegir un fotograma; Izquierda y Derecha avanzan un fotograma (Mayús: diez), I y O fijan la entrada y la salida</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Join before this clip: %1</source>
        <translation>Unión antes de este clip: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first clip of the sequence.</source>
        <translation>El primer clip de la secuencia.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a clip to trim it.</source>
        <translation>Elija un clip para recortarlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sequence yet: make one with New…, or from a chain in the Library (its context menu).</source>
        <translation>Aún no hay secuencias: cree una con Nueva… o a partir de una cadena en la biblioteca (su menú contextual).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sequence.</source>
        <translation>Elija una secuencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence is empty: add clips from the Library (its context menu, or drag them here).</source>
        <translation>Esta secuencia está vacía: añada clips desde la biblioteca (su menú contextual, o arrástrelos aquí).</translation>
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
            <numerusform>%n fotograma</numerusform>
            <numerusform>%n fotogramas</numerusform>
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
            <numerusform>%n fotograma repetido quitado en las uniones</numerusform>
            <numerusform>%n fotogramas repetidos quitados en las uniones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+153"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>The sequence could not be saved: %1</source>
        <translation>No se pudo guardar la secuencia: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Made the sequence “%1”.</source>
        <translation>Se creó la secuencia «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>Se añadió %n clip a «%1».</numerusform>
            <numerusform>Se añadieron %n clips a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>That sequence is no longer in the library.</source>
        <translation>Esa secuencia ya no está en la biblioteca.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only finished clips can go in a sequence.</source>
        <translation>Solo los clips terminados pueden ir en una secuencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Sequence</source>
        <translation>Nueva secuencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new sequence:</source>
        <translation>Nombre de la secuencia nueva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence %1</source>
        <translation>Secuencia %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Sequence</source>
        <translation>Cambiar nombre de la secuencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the sequence:</source>
        <translation>Nombre nuevo de la secuencia:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sequence could not be deleted: %1</source>
        <translation>No se pudo eliminar la secuencia: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for Editor (MLT)</source>
        <translation>Exportar para editor (MLT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLT project (*.mlt)</source>
        <translation>Proyecto MLT (*.mlt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sequence is empty: there is nothing to export.</source>
        <translation>Esta secuencia está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the MLT project “%1” for Shotcut or Kdenlive.</source>
        <translation>Se escribió el proyecto MLT «%1» para Shotcut o Kdenlive.</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceStrip</name>
    <message>
        <location filename="../ui/gallery/sequencestrip.cpp" line="+28"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+111"/>
        <source>Frame %1</source>
        <translation>Fotograma %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a clip of the sequence</source>
        <translation>Elija un clip de la secuencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the clip…</source>
        <translation>Leyendo el clip…</translation>
    </message>
</context>
<context>
    <name>wan::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmind API key</source>
        <translation>Clave de API de Segmind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SG_… (leave empty to keep the stored key)</source>
        <translation>SG_… (vacío: se conserva la clave guardada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file.</source>
        <translation>Su clave de la consola de Segmind (API Keys). Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>&amp;Probar clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the service for the balance with this key.</source>
        <translation>Pide al servicio el saldo con esta clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove stored key</source>
        <translation>&amp;Eliminar la clave guardada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit and poll (recommended)</source>
        <translation>Enviar y consultar (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One blocking call (v1)</source>
        <translation>Una llamada bloqueante (v1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit and poll survives network drops and restarts; the blocking call is Segmind&apos;s older API.</source>
        <translation>Enviar y consultar resiste cortes de red y reinicios; la llamada bloqueante es la API antigua de Segmind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs at &amp;once:</source>
        <translation>Ejecuciones &amp;simultáneas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once</source>
        <translation>Ejecuciones simultáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Results folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;folder:</source>
        <translation>Carpeta de &amp;resultados:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify when a run finishes while the window is in the background</source>
        <translation>&amp;Notificar cuando termine una ejecución con la ventana en segundo plano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> credits</source>
        <translation> créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily budget:</source>
        <translation>Presupuesto &amp;diario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take today&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Una ejecución que llevaría el gasto de hoy por encima de esta cifra se retiene hasta que la envíe de todos modos; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mont&amp;hly budget:</source>
        <translation>Presupuesto mensua&amp;l:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take this month&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>Una ejecución que llevaría el gasto de este mes por encima de esta cifra se retiene hasta que la envíe de todos modos; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the menus, buttons and messages. System default follows the language of this computer.</source>
        <translation>El idioma de los menús, botones y mensajes. Predeterminado del sistema sigue el idioma de este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wan Studio will use the new language the next time it starts.</source>
        <translation>Wan Studio usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours for Wan Studio, or the desktop&apos;s own. Text size follows the desktop&apos;s font settings.</source>
        <translation>Colores claros, oscuros o de alto contraste para Wan Studio, o los del escritorio. El tamaño del texto sigue la configuración de fuentes del escritorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced: service addresses</source>
        <translation>Avanzado: direcciones del servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;API base:</source>
        <translation>Base de la &amp;API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base</source>
        <translation>Base de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload base:</source>
        <translation>Base de s&amp;ubida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload base</source>
        <translation>Base de subida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>La clave guardada se eliminará al pulsar Aceptar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos cannot be saved in this results folder. %1 %2</source>
        <translation>No se pueden guardar vídeos en esta carpeta de resultados. %1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key is stored (leave empty to keep it)</source>
        <translation>Clave guardada (déjelo vacío para conservarla)</translation>
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
        <translation>Vocabulario de planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. camera, light, slow</source>
        <translation>p. ej. cámara, luz, lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group.</source>
        <translation>Muestra solo las frases con una palabra que empieza por lo que escribe, en la frase, su descripción o su grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>&amp;Expresiones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a phrase, or press Enter on it, to put it into the prompt at the cursor.</source>
        <translation>Haga clic en una expresión, o pulse Intro sobre ella, para ponerla en el prompt en la posición del cursor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to insert at the prompt&apos;s cursor. The phrases stay in English, as the model reads them.</source>
        <translation>Haga clic o pulse Intro para insertar en el cursor del prompt. Las expresiones quedan en inglés, tal como las lee el modelo.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No phrase matches &quot;%1&quot;.</source>
        <translation>Ninguna expresión coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>wan::ui::SpendingDialog</name>
    <message>
        <location filename="../ui/dialogs/spendingdialog.cpp" line="+102"/>
        <source>Spending</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the library…</source>
        <translation>Leyendo la biblioteca…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per &amp;month:</source>
        <translation>Totales por &amp;mes:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spend shown:</source>
        <translation>Gasto mostrado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>En total: %1 créditos por %n ejecución cobrada.</numerusform>
            <numerusform>En total: %1 créditos por %n ejecuciones cobradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n ejecución contada al coste típico: el servicio no dijo cuánto costó.</numerusform>
            <numerusform>%n ejecuciones contadas al coste típico: el servicio no dijo cuánto costaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>Por clip conservado: %1 créditos (%n favorito).</numerusform>
            <numerusform>Por clip conservado: %1 créditos (%n favoritos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library).</source>
        <translation>Por clip conservado: aún no hay favoritos (marque como favoritos en la Biblioteca los clips que conserve).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>Ejecuciones fallidas, canceladas y caducadas: %n ejecución, %1 créditos.</numerusform>
            <numerusform>Ejecuciones fallidas, canceladas y caducadas: %n ejecuciones, %1 créditos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>De ellas, %n ejecución caducada costó %1 créditos.</numerusform>
            <numerusform>De ellas, %n ejecuciones caducadas costaron %1 créditos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n ejecución fallida pudo cobrarse sin un coste registrado; su consola de Segmind la muestra.</numerusform>
            <numerusform>%n ejecuciones fallidas pudieron cobrarse sin un coste registrado; su consola de Segmind las muestra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.</source>
        <translation>Los gráficos no están disponibles (%1). Los totales de arriba están completos, y Exportar CSV incluye cada día y cada ejecución.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>Gasto por semana (la última %n semana)</numerusform>
            <numerusform>Gasto por semana (las últimas %n semanas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>Gasto por día (el último %n día)</numerusform>
            <numerusform>Gasto por día (los últimos %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over time</source>
        <translation>Saldo a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Spending as CSV</source>
        <translation>Exportar los gastos como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported the days to %1 and the runs to %2.</source>
        <translation>Se exportaron los días a %1 y las ejecuciones a %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1. Choose another folder and try again.</source>
        <translation>No se pudo exportar: %1. Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message>
        <location filename="../ui/shell/studioapp.cpp" line="+83"/>
        <source>Batch stopped</source>
        <translation>Lote detenido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>El saldo no cubriría la siguiente ejecución, así que no se envió %n ejecución del lote. No se ha cobrado nada por ella.</numerusform>
            <numerusform>El saldo no cubriría la siguiente ejecución, así que no se enviaron %n ejecuciones del lote. No se ha cobrado nada por ellas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Library unavailable</source>
        <translation>Biblioteca no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened, so runs cannot be recorded and Generate is off: %1</source>
        <translation>No se pudo abrir la biblioteca, así que no se pueden registrar las ejecuciones y Generar está desactivado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened: %1</source>
        <translation>No se pudo abrir la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is damaged: %1</source>
        <translation>La biblioteca está dañada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library damaged</source>
        <translation>Biblioteca dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is damaged: %1

Wan Studio can keep the damaged file aside and list your clips again from the results folder. Without a library, runs cannot be recorded and Generate is off.</source>
        <translation>La biblioteca está dañada: %1

Wan Studio puede guardar aparte el archivo dañado y volver a registrar sus clips a partir de la carpeta de resultados. Sin biblioteca no se pueden registrar ejecuciones y Generar está desactivado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebuild from clips</source>
        <translation>&amp;Reconstruir a partir de los clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without library</source>
        <translation>&amp;Continuar sin biblioteca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is being rebuilt from your clips.</source>
        <translation>La biblioteca se está reconstruyendo a partir de sus clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>%n clip registrado de nuevo.</numerusform>
            <numerusform>%n clips registrados de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n archivo no tenía ajustes de Wan Studio y se omitió.</numerusform>
            <numerusform>%n archivos no tenían ajustes de Wan Studio y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged library was kept as %1.</source>
        <translation>La biblioteca dañada se guardó como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library rebuilt</source>
        <translation>Biblioteca reconstruida</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The local demo server did not start.</source>
        <translation>No se inició el servidor de demo local.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key works; the balance is %1.</source>
        <translation>La clave funciona; el saldo es %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a key to test.</source>
        <translation>Introduzca una clave para probarla.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key in use comes from the SEGMIND_API_KEY environment variable.</source>
        <translation>La clave en uso procede de la variable de entorno SEGMIND_API_KEY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key entered here is kept for this session only.</source>
        <translation>Una clave introducida aquí solo se conserva durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message>
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+85"/>
        <source>Variations and sweeps</source>
        <translation>Variaciones y barridos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of batch</source>
        <translation>Tipo de lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>&amp;Variaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;weep</source>
        <translation>&amp;Barrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>C&amp;uadrícula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request several times, each with its own seed.</source>
        <translation>La misma solicitud varias veces, cada una con su propia semilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request and seed, with one parameter taking several values.</source>
        <translation>La misma solicitud y semilla, con un parámetro que toma varios valores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two things varied against each other (prompt alternatives, seeds or a parameter), shown side by side when the runs are done.</source>
        <translation>Dos cosas variadas una frente a otra (alternativas del prompt, semillas o un parámetro), mostradas lado a lado cuando terminan las ejecuciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every prompt the alternatives make, in full, as it will be sent.</source>
        <translation>Cada prompt que forman las alternativas, completo, tal como se enviará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pl&amp;anned prompts:</source>
        <translation>P&amp;rompts planificados:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs that will be queued, in order.</source>
        <translation>Las ejecuciones que se pondrán en cola, en orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned r&amp;uns:</source>
        <translation>E&amp;jecuciones planificadas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each run costs about %1 credits; the balance is the one the service last reported.</source>
        <translation>Cada ejecución cuesta unos %1 créditos; el saldo es el último que indicó el servicio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>&amp;Queue runs</source>
        <translation>&amp;Añadir a la cola</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Closes without queueing anything.</source>
        <translation>Cierra sin poner nada en cola.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt each; write \{ for a literal brace.</source>
        <translation>El prompt del estudio. Las alternativas entre llaves, {golden hour|blue hour}, forman un prompt cada una; escriba \{ para una llave literal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variations</source>
        <translation>Variaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many seeds each prompt is tried with; each run costs about %1 credits.</source>
        <translation>Con cuántas semillas se prueba cada prompt; cada ejecución cuesta unos %1 créditos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs to queue; each costs about %1 credits.</source>
        <translation>Cuántas ejecuciones poner en cola; cada una cuesta unos %1 créditos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Número de ejecuciones:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds &amp;per prompt:</source>
        <translation>Semillas por pro&amp;mpt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Random seeds</source>
        <translation>Semillas al&amp;eatorias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different random seed for every run; each seed is recorded so a run can be repeated.</source>
        <translation>Una semilla aleatoria distinta para cada ejecución; cada semilla se guarda para poder repetir la ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw new seeds</source>
        <translation>&amp;Obtener nuevas semillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws another set of random seeds.</source>
        <translation>Obtiene otro conjunto de semillas aleatorias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onsecutive seeds</source>
        <translation>Semillas &amp;consecutivas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds counting up from the start seed: start, start + 1, …</source>
        <translation>Semillas que cuentan hacia arriba desde la semilla inicial: inicio, inicio + 1, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds:</source>
        <translation>Semillas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first of the consecutive seeds, from 0 to %1.</source>
        <translation>La primera de las semillas consecutivas, de 0 a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start seed:</source>
        <translation>&amp;Semilla inicial:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sweep</source>
        <translation>Barrido</translation>
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
        <translation>El parámetro que cambia de una ejecución a otra; todo lo demás, incluida la semilla, se mantiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parámetro:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the values you type.</source>
        <translation>Probar los valores que escriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals.</source>
        <translation>Los valores que se probarán, separados por comas, p. ej., 4, 8, 12, 16. Use un punto para los decimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try every value from a start to an end in equal steps.</source>
        <translation>Probar todos los valores desde un inicio hasta un final en pasos iguales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first value.</source>
        <translation>El primer valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last value (reached when the steps land on it).</source>
        <translation>El último valor (se alcanza si los pasos caen exactamente en él).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distance between two values.</source>
        <translation>La distancia entre dos valores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ep</source>
        <translation>Pas&amp;o</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allowed: %1.</source>
        <translation>Permitido: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+22"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no numeric parameter to sweep.</source>
        <translation>%1 no tiene ningún parámetro numérico para un barrido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>seed %1 (drawn once for the whole sweep)</source>
        <translation>semilla %1 (obtenida una vez para todo el barrido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run uses %1, so only the prompt and %2 change.</source>
        <translation>Todas las ejecuciones usan %1, así que solo cambian el prompt y %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only %2 changes.</source>
        <translation>Todas las ejecuciones usan %1, así que solo cambia %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only the two axes change.</source>
        <translation>Todas las ejecuciones usan %1, así que solo cambian los dos ejes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs planned.</source>
        <translation>No hay ejecuciones planificadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.</source>
        <translation>Su saldo de %1 no cubre ni una ejecución (unos %2 créditos). Recargue antes su cuenta de Segmind.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>&amp;Añadir %n ejecución a la cola</numerusform>
            <numerusform>&amp;Añadir %n ejecuciones a la cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds these runs to the queue; they start as the queue has room.</source>
        <translation>Añade estas ejecuciones a la cola; empiezan en cuanto la cola tiene sitio.</translation>
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
            <numerusform>P&amp;rompt planificado (%n):</numerusform>
            <numerusform>P&amp;rompts planificados (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="-95"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows and columns each vary one thing, at most %1 values each; every cell is one run, and the grid opens side by side when they are done.</source>
        <translation>Las filas y las columnas varían una cosa cada una, con %1 valores como máximo; cada celda es una ejecución, y la cuadrícula se abre lado a lado cuando terminan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changes from one row of the grid to the next.</source>
        <translation>Lo que cambia de una fila de la cuadrícula a la siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes from one column of the grid to the next.</source>
        <translation>Lo que cambia de una columna de la cuadrícula a la siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves.</source>
        <translation>Los valores que probar, separados por comas, p. ej. 4, 8, 12. Para semillas, las propias semillas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;ows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row va&amp;lues:</source>
        <translation>Valores de f&amp;ila:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>Co&amp;lumnas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mn values:</source>
        <translation>Valores de colu&amp;mna:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prompt alternatives</source>
        <translation>Alternativas del prompt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>El %n prompt que forman las llaves del prompt.</numerusform>
            <numerusform>Los %n prompts que forman las llaves del prompt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write alternatives in the prompt first, e.g. {golden hour|blue hour}.</source>
        <translation>Escriba primero alternativas en el prompt, p. ej. {golden hour|blue hour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request with the seeds you list.</source>
        <translation>La misma solicitud con las semillas que indique.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>%n prompt de las llaves</numerusform>
            <numerusform>%n prompts de las llaves</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no alternatives in the prompt</source>
        <translation>no hay alternativas en el prompt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A seed is a whole number: %1 is not.</source>
        <translation>Una semilla es un número entero: %1 no lo es.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="+18"/>
        <source>Welcome to Wan Studio</source>
        <translation>Bienvenido a Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio turns a still image into a short video with Segmind&apos;s Wan 2.2 model. Each run takes about a minute and costs about US$0.09 of Segmind credits.&lt;/p&gt;&lt;p&gt;To generate, you need a Segmind API key: sign in at &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, open &lt;b&gt;API Keys&lt;/b&gt;, create a key and paste it below. It is kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio convierte una imagen fija en un vídeo corto con el modelo Wan 2.2 de Segmind. Cada ejecución tarda alrededor de un minuto y cuesta unos 0,09 US$ en créditos de Segmind.&lt;/p&gt;&lt;p&gt;Para generar necesita una clave de API de Segmind: inicie sesión en &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, abra &lt;b&gt;API Keys&lt;/b&gt;, cree una clave y péguela abajo. Se guarda en el llavero del sistema, nunca en un archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>&amp;Probar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test key</source>
        <translation>Probar clave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key for this session only</source>
        <translation>Conservar la clave solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wan Studio never stores the key in a plain file, so it will be kept for this session only.</source>
        <translation>Wan Studio nunca guarda la clave en un archivo normal, así que solo se conservará durante esta sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this key</source>
        <translation>&amp;Usar esta clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>Usar esta clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the local &amp;demo</source>
        <translation>Probar la &amp;demo local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local demo</source>
        <translation>Probar la demo local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.</source>
        <translation>Ejecuta un sustituto local de Segmind: clips reales de un patrón de prueba sobre su imagen, sin IA y sin créditos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo server is not installed with this copy of Wan Studio.</source>
        <translation>El servidor de demo local no está instalado con esta copia de Wan Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character.</source>
        <translation>Las claves de Segmind empiezan por SG_ seguido de 16 letras y dígitos; compruebe si falta algún carácter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
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
