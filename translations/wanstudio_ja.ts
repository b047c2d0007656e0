<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>wan::api::ApiErrors</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+8"/>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>入力が無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>API キーがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key rejected</source>
        <translation>API キーが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not permitted</source>
        <translation>モデルの使用が許可されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model retired</source>
        <translation>モデルの提供終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint not found</source>
        <translation>エンドポイントが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough credits</source>
        <translation>クレジットが不足しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed</source>
        <translation>サービスでエラーが発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged video</source>
        <translation>動画が破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result expired</source>
        <translation>結果の保存期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecure address</source>
        <translation>安全でないアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+70"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> サービスからのメッセージ:「%1」</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The service refused the request as invalid while %1 (HTTP 400).</source>
        <translation>%1中に、サービスがリクエストを無効として拒否しました（HTTP 400）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prompt and the parameters, then try again.</source>
        <translation>プロンプトとパラメーターを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the API key while %1 (HTTP %2).</source>
        <translation>%1中に、サービスが API キーを拒否しました（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.</source>
        <translation>設定でキーを確認するか（SG_ で始まります）、Segmind コンソールで新しいキーを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. Nothing was charged.</source>
        <translation>Segmind のアカウントまたはチームには、このモデルを使用する権限がありません（HTTP 403）。API キー自体は受け付けられています。課金はされていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your team&apos;s Segmind admin for access to the model, or use a key of an account that has it.</source>
        <translation>チームの Segmind 管理者にこのモデルへのアクセスを依頼するか、このモデルを使用できるアカウントのキーを使用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service has no such endpoint while %1 (HTTP %2).</source>
        <translation>%1中に、指定されたエンドポイントがサービスに見つかりませんでした（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; the default is https://api.segmind.com.</source>
        <translation>設定の API ベースアドレスを確認してください。既定値は https://api.segmind.com です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP %1).</source>
        <translation>Segmind アカウントのクレジットが、この実行には不足しています（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up your credits in the Segmind console (Billing), then try again.</source>
        <translation>Segmind コンソール（Billing）でクレジットをチャージしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segmind has retired this model (HTTP 410); nothing was charged.</source>
        <translation>Segmind はこのモデルの提供を終了しました（HTTP 410）。課金はされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for its successor on segmind.com; a newer Wan Studio may support it.</source>
        <translation>segmind.com で後継のモデルを探してください。新しいバージョンの Wan Studio が対応している可能性があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.</source>
        <translation>%1中に、サービスでの実行が失敗しました（HTTP 422）。失敗した実行には課金されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Try again, perhaps with another prompt, image or settings.</source>
        <translation>プロンプト、画像、設定を変えるなどして、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The service is rate limiting requests while %1 (HTTP 429).</source>
        <translation>%1中に、サービスがリクエストのレート制限を行いました（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and try again, or run fewer generations at once.</source>
        <translation>1 分ほど待ってからもう一度お試しいただくか、同時に実行する生成の数を減らしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had a problem while %1 (HTTP %2); no video was made.</source>
        <translation>%1中にサービスで問題が発生しました（HTTP %2）。動画は作成されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a little while; if it keeps failing, check Segmind&apos;s status page.</source>
        <translation>しばらくしてからもう一度お試しください。失敗が続く場合は、Segmind のステータスページを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1 while %2.</source>
        <translation>%2中に、サービスが予期しない HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、設定の API ベースアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the request&apos;s content type while %1 (HTTP 406); nothing was charged.</source>
        <translation>%1中に、サービスがリクエストのコンテンツタイプを拒否しました（HTTP 406）。課金はされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.</source>
        <translation>Wan Studio または途中のプロキシの不具合です。繰り返し発生する場合は、報告してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team&apos;s spend limit on Segmind is reached (HTTP 406); nothing was charged.</source>
        <translation>Segmind でのチームの利用上限額に達しました（HTTP 406）。課金はされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your team&apos;s Segmind admin to raise the limit, or wait until it resets.</source>
        <translation>チームの Segmind 管理者に上限の引き上げを依頼するか、上限がリセットされるまでお待ちください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.</source>
        <translation>Segmind アカウントのクレジットが、この実行には不足しています（HTTP 406）。課金はされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance must cover the model&apos;s whole cost, not only be above zero. Top up in the Segmind console (Billing), then try again.</source>
        <translation>残高は 0 を上回るだけでなく、モデルの費用全額を賄える必要があります。Segmind コンソール（Billing）でチャージしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused a parameter before running while %1 (HTTP 406); nothing was charged.</source>
        <translation>%1中に、サービスが実行前にパラメーターを拒否しました（HTTP 406）。課金はされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the value the service names, then try again.</source>
        <translation>サービスが指摘した値を変更して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Segmind API key is set.</source>
        <translation>Segmind API キーが設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.</source>
        <translation>設定でキーを追加するか、SEGMIND_API_KEY を設定してください。キーは Segmind コンソールの API Keys で取得できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed while %1: %2.</source>
        <translation>%1中に接続に失敗しました: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and try again.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service did not answer in time while %1.</source>
        <translation>%1中に、サービスから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service gave an answer Wan Studio cannot read while %1: %2.</source>
        <translation>%1中に、Wan Studio が読み取れない応答がサービスから返されました: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、設定の API ベースアドレスを確認してください（プロキシやキャプティブポータルが代わりに応答している可能性があります）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded video is not usable: %1.</source>
        <translation>ダウンロードした動画は使用できません: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>もう一度ダウンロードしてください。結果はサービス上に 1 時間保存されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service no longer has this run: results are kept for one hour after submission.</source>
        <translation>この実行はサービス上にもうありません。結果は送信から 1 時間保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate it again (this is a new, charged run).</source>
        <translation>もう一度生成してください（新しい実行として課金されます）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service could not make the video: %1.</source>
        <translation>サービスで動画を作成できませんでした: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, perhaps with other settings; a failed run is not charged.</source>
        <translation>設定を変えるなどして、もう一度お試しください。失敗した実行には課金されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run failed on the service: %1. Failed runs are not charged.</source>
        <translation>サービスで実行が失敗しました: %1。失敗した実行には課金されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).</source>
        <translation>https:// のアドレスを使用してください。暗号化されない http:// は、このコンピューター自身（127.0.0.1 など）に対してのみ使用できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video could not be saved: %1.</source>
        <translation>動画を保存できませんでした: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some disk space or choose another results folder, then download again.</source>
        <translation>ディスクの空き容量を増やすか別の出力フォルダーを選んでから、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting. The service had already accepted this run, so it may still be charged.</source>
        <translation>待機を中止しました。この実行はすでにサービスに受け付けられているため、課金される可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before anything was sent; nothing was charged.</source>
        <translation>送信前にキャンセルしました。課金はされていません。</translation>
    </message>
</context>
<context>
    <name>wan::api::ApiResponses</name>
    <message>
        <location filename="../app/api/apiresponses.cpp" line="+29"/>
        <source>the answer is too large (%1 MB)</source>
        <translation>応答が大きすぎます（%1 MB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is empty</source>
        <translation>応答が空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is a web page (HTML), not data</source>
        <translation>応答がデータではなく Web ページ（HTML）です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not valid JSON (%1)</source>
        <translation>応答が有効な JSON ではありません（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is JSON of an unexpected shape</source>
        <translation>応答の JSON が想定外の構造です</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the answer has no request id</source>
        <translation>応答にリクエスト ID がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer&apos;s request id contains control characters</source>
        <translation>応答のリクエスト ID に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer has no status or response address</source>
        <translation>応答にステータスのアドレスも結果のアドレスもありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no known status</source>
        <translation>応答に既知のステータスがありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+141"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the answer has no credit balance</source>
        <translation>応答にクレジット残高がありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the upload answer has no file address</source>
        <translation>アップロードの応答にファイルのアドレスがありません</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an HTML page instead of an error message</source>
        <translation>エラーメッセージではなく HTML ページ</translation>
    </message>
</context>
<context>
    <name>wan::api::Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+75"/>
        <source>The API base address &quot;%1&quot; is not a valid address.</source>
        <translation>API ベースアドレス「%1」は有効なアドレスではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload base address &quot;%1&quot; is not a valid address.</source>
        <translation>アップロードベースアドレス「%1」は有効なアドレスではありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>「%1」は有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; uses plain http, which is not encrypted.</source>
        <translation>「%1」は暗号化されない http を使用しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an https address.</source>
        <translation>「%1」は https のアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>wan::api::Mp4Probe</name>
    <message>
        <location filename="../app/api/mp4probe.cpp" line="+117"/>
        <location line="+21"/>
        <source>the file cannot be read</source>
        <translation>ファイルを読み取れません</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is not an MP4 video</source>
        <translation>MP4 動画ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the video&apos;s structure is damaged</source>
        <translation>動画の構造が破損しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>the video is incomplete (it ends in the middle of a box)</source>
        <translation>動画が不完全です（ボックスの途中で終わっています）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the video ends in %1 bytes that are not part of any video box (padding or garbage)</source>
        <translation>動画の末尾に、どの動画ボックスにも属さない %1 バイトがあります（パディングまたは不要なデータ）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the video is incomplete (%1 of its bytes are missing)</source>
        <translation>動画が不完全です（%1 バイトが欠けています）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video ends in an unknown box of %1 bytes that runs to the end of the file</source>
        <translation>動画の末尾に、ファイルの終わりまで続く %1 バイトの不明なボックスがあります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the video&apos;s media data is padding (zero bytes), not video</source>
        <translation>動画のメディアデータが、動画ではなくパディング（ゼロバイト）です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no index (moov box); it is incomplete</source>
        <translation>動画にインデックス（moov ボックス）がありません。不完全な動画です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video has no media data</source>
        <translation>動画にメディアデータがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)</source>
        <translation>メディアデータ（%1 バイト）が、この設定のクリップに必要な量（%2 バイト）を超えています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
</context>
<context>
    <name>wan::api::SegmindClient</name>
    <message>
        <location filename="../app/api/segmindclient.cpp" line="+265"/>
        <source>the answer is larger than %1 MB</source>
        <translation>応答が %1 MB を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).</source>
        <translation>%1中に、Wan Studio が追従しないアドレスへサービスがリダイレクトしました（http への格下げ、または別のホストへのキー送信につながるため）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service kept redirecting the request without ever answering it (a redirect loop)</source>
        <translation>サービスが応答しないまま、リクエストをリダイレクトし続けました（リダイレクトループ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; a proxy or captive portal may be redirecting. If it keeps happening, try again later.</source>
        <translation>設定の API ベースアドレスを確認してください。プロキシやキャプティブポータルがリダイレクトしている可能性があります。繰り返し発生する場合は、後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more than any real answer</source>
        <translation>応答は圧縮されていましたが（%1）、展開できませんでした。破損しているか、展開すると実際の応答ではありえないほど大きくなります</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the connection closed before the service answered</source>
        <translation>サービスが応答する前に接続が閉じられました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the credit balance</source>
        <translation>クレジット残高の確認</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>uploading the image</source>
        <translation>画像のアップロード</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>submitting the run</source>
        <translation>実行の送信</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the run with HTTP %1 while %2; nothing was charged.</source>
        <translation>%2中に、サービスが HTTP %1 で実行を拒否しました。課金はされていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it again; if it keeps failing, try other settings or check Segmind&apos;s status page.</source>
        <translation>もう一度送信してください。失敗が続く場合は、設定を変えるか、Segmind のステータスページを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered HTTP %1 while %2; it may still have accepted the run.</source>
        <translation>%2中にサービスが HTTP %1 を返しました。それでも実行は受け付けられた可能性があります。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+32"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> サービスの応答:「%1」。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>checking the run&apos;s progress</source>
        <translation>実行の進行状況の確認</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fetching the result</source>
        <translation>結果の取得</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the finished result has no video</source>
        <translation>完了した結果に動画が含まれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run finished on the service and may have been charged. Check it in the request history of your Segmind console before generating again.</source>
        <translation>実行はサービス側で完了しており、課金された可能性があります。もう一度生成する前に、Segmind コンソールのリクエスト履歴で確認してください。</translation>
    </message>
</context>
<context>
    <name>wan::api::VideoDownload</name>
    <message>
        <location filename="../app/api/videodownload.cpp" line="+74"/>
        <source>The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything was written and nothing was kept.</source>
        <translation>サービスは %1 と通知しましたが、このクリップが %2 を超えることはありません。何も書き込まないうちにダウンロードを中止し、何も保存していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing was kept.</source>
        <translation>サービスから少なくとも %1 が送られてきましたが、このクリップが %2 を超えることはありません。ダウンロードを中止し、何も保存していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run may have been charged: resume it later, or check the request in your Segmind console.</source>
        <translation>この実行は課金された可能性があります。後で再開するか、Segmind コンソールでリクエストを確認してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 に書き込めません（%2）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+68"/>
        <source>writing %1 failed (%2)</source>
        <translation>%1 の書き込みに失敗しました（%2）</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The connection dropped while %1 (%2 received).</source>
        <translation>%1中に接続が切断されました（%2 受信済み）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>もう一度ダウンロードしてください。結果はサービス上に 1 時間保存されています。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 received</source>
        <translation>%2 中 %1 受信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped while %1 (%2 of %3 received).</source>
        <translation>%1中に接続が切断されました（%3 中 %2 受信済み）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 は既に存在するため置き換えられません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be renamed into place (%2)</source>
        <translation>%1 を最終的なファイル名に変更できません（%2）</translation>
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
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+1"/>
        <source>Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.</source>
        <translation>SEGMIND_API_BASE と SEGMIND_UPLOAD_BASE、または設定のアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: the library could not be opened: the disk that holds it is full (%1 bytes free).</source>
        <translation>エラー: ライブラリを開けませんでした: ライブラリのあるディスクがいっぱいです（空き %1 バイト）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, then run the command again; nothing was sent.</source>
        <translation>空き容量を増やしてから、コマンドをもう一度実行してください。何も送信されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+88"/>
        <location filename="../app/cli/clisupport.cpp" line="+5"/>
        <source>Error: the library could not be opened: %1</source>
        <translation>エラー: ライブラリを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-163"/>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>オプションは「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), or send it anyway with --ignore-budget.</source>
        <translation>この実行は何も送信していません。上限を上げる（wanstudio settings set %1 値）か、--ignore-budget を付けてそのまま送信してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library is damaged; `wanstudio library rebuild` lists your clips again (the damaged file is kept aside).</source>
        <translation>ライブラリが破損しています。`wanstudio library rebuild` でクリップを再登録できます（破損したファイルは別に保管されます）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (%1 s)</source>
        <translation> (%1 秒)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted as request %1</source>
        <translation>リクエスト %1 として受け付けられました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading %1%</source>
        <translation>ダウンロード中 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-109"/>
        <source>Prints the Segmind account&apos;s credit balance.</source>
        <translation>Segmind アカウントのクレジット残高を表示します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Makes a video from a still image with %1.</source>
        <translation>%1 を使って静止画から動画を作成します。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-248"/>
        <source>Run %1 of %2: %3</source>
        <translation>実行 %1/%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt: %1</source>
        <translation>プロンプト: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed: %1</source>
        <translation>シード: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output: %1</source>
        <translation>出力: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n 回の実行、合計約 %1 クレジット（1 回 %2）。何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not &quot;%1&quot;.</source>
        <translation>--sweep には PARAMETER=V1,V2,... の形（例: sample_shift=4,8,12）を指定します。「%1」は使えません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--seed-list takes seeds separated by commas, such as 1,2,3.</source>
        <translation>--seed-list にはカンマ区切りのシードを指定します（例: 1,2,3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed-list: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed-list: 「%1」は整数ではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt makes one run per alternative (several groups multiply, the first varying slowest; write \{ \} \| for literal characters); seeds and sweeps multiply too, up to %2 runs.</source>
        <translation>1 枚の画像と 1 つのプロンプトから %1 の実行を多数計画して送信します。プロンプト中の {golden hour|blue hour} は候補ごとに 1 回の実行になります（複数のグループは掛け合わされ、最初のグループが最もゆっくり変わります。文字そのものは \{ \} \| と書きます）。シードとスイープも掛け合わされ、最大 %2 回です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>The input image: a file or an https URL.</source>
        <translation>入力画像: ファイルまたは https の URL。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>path|url</source>
        <translation>パス|URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen in the video; may hold {a|b} alternatives.</source>
        <translation>動画で起きること。{a|b} の候補を含められます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base name of the MP4s (clip.mp4 -&gt; clip-1-....mp4); default: the results folder.</source>
        <translation>MP4 の基本名（clip.mp4 -&gt; clip-1-....mp4）。既定: 結果フォルダー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace output files that already exist.</source>
        <translation>既存の出力ファイルを置き換えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run each combination with this many distinct random seeds.</source>
        <translation>各組み合わせをこの数の異なるランダムシードで実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --seeds: the seeds count up from --seed instead.</source>
        <translation>--seeds と併用: シードを --seed から順に増やします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each combination with these seeds.</source>
        <translation>各組み合わせをこれらのシードで実行します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps).</source>
        <translation>数値パラメーターを複数の値で変えます。例: sample_shift=4,8,12（スイープは最大 2 つ）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAM=V1,V2,...</source>
        <translation>PARAM=V1,V2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every planned run and the total cost; send nothing.</source>
        <translation>計画した実行すべてと合計コストを表示し、何も送信しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --dry-run: one JSON line per planned run, then the total.</source>
        <translation>--dry-run と併用: 計画した実行ごとに JSON を 1 行、最後に合計。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when a run would pass a budget cap.</source>
        <translation>実行が予算上限を超える場合でも送信します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seeds and --seed-list cannot be used together.</source>
        <translation>--seeds と --seed-list は同時に使えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seeds takes a number of runs, 1 to %1.</source>
        <translation>--seeds には実行回数（1〜%1）を指定します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--consecutive only goes with --seeds.</source>
        <translation>--consecutive は --seeds と一緒にのみ使えます。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--json goes with --dry-run; the runs of a batch always print JSON lines.</source>
        <translation>--json は --dry-run と一緒に使います。バッチの実行は常に JSON 行を出力します。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n 回の実行、合計約 %1 クレジット。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 (%2):</source>
        <translation>実行 %1（%2）:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>バッチを停止しました: 残り %n 回の実行は送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>What should happen in the video.</source>
        <translation>動画の中で起こること。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-162"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Where to save the MP4.</source>
        <translation>MP4 の保存先。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+3"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>file.mp4</source>
        <translation>file.mp4</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <location filename="../app/cli/exportcommand.cpp" line="-91"/>
        <location filename="../app/cli/framecommand.cpp" line="-40"/>
        <source>Replace the --out file if it already exists.</source>
        <translation>--out のファイルが既に存在する場合は置き換えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-114"/>
        <source>%1: %2 Allowed: %3; default %4.</source>
        <translation>%1: %2 指定可能な値: %3、既定値: %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommand.cpp" line="-1"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>Choose a random seed (it is printed with the result).</source>
        <translation>ランダムなシードを使用します（使用したシードは結果と一緒に表示されます）。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+10"/>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Turn go_fast off: slower, slightly better quality.</source>
        <translation>go_fast をオフにします。遅くなりますが、品質が少し向上します。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Use the synchronous v1 call instead of submit and poll.</source>
        <translation>送信してポーリングする方式の代わりに、同期型の v1 呼び出しを使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, its settings the defaults, and the run records where it came from.</source>
        <translation>クリップの続きを作ります: その正確なフレーム (--at で指定しなければ最後のフレーム) を画像に、その設定を既定値にし、実行は元のクリップを記録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clip.mp4|library id</source>
        <translation>clip.mp4|ライブラリ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --continue-from: last (default), first, a frame index from 0, or seconds (2.5).</source>
        <translation>--continue-from と一緒に: last (既定)、first、0 から数えるフレーム番号、または秒数 (2.5)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when the run would pass a budget cap.</source>
        <translation>実行が予算上限を超える場合でも送信します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--image and --continue-from cannot be used together: a continuation&apos;s image is the clip&apos;s frame.</source>
        <translation>--image と --continue-from は同時に使えません: 続きの画像はクリップのフレームです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at only goes with --continue-from.</source>
        <translation>--at は --continue-from と一緒にのみ使えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+14"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--image is required: a file or an https URL.</source>
        <translation>--image は必須です（ファイルまたは https の URL）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--prompt is required and must not be empty.</source>
        <translation>--prompt は必須で、空にはできません。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--out is required: where to save the MP4.</source>
        <translation>--out は必須です（MP4 の保存先）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed and --random-seed cannot be used together.</source>
        <translation>--seed と --random-seed は同時に使用できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+31"/>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>The image %1 does not exist.</source>
        <translation>画像 %1 が存在しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+38"/>
        <source>Error: the run could not be recorded in the library: %1</source>
        <translation>エラー: 実行をライブラリに記録できませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space, then run the command again; nothing was sent.</source>
        <translation>ディスクがいっぱいです。空き容量を増やしてから、コマンドをもう一度実行してください。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.</source>
        <translation>サービスはこの実行をリクエスト %1 として受け付けました。完了後に `wanstudio resume` で取得できます。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)</source>
        <translation>使用法: wanstudio [IMAGE]            スタジオのウィンドウを開きます（画像も指定できます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio generate [options] make a video from an image, headless</source>
        <translation>       wanstudio generate [options] ウィンドウを開かずに画像から動画を作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio credits            print the credit balance</source>
        <translation>       wanstudio credits            クレジット残高を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio resume             fetch runs the service accepted but this computer did not receive</source>
        <translation>       wanstudio resume             サービスが受け付けたものの、このコンピューターが受け取っていない実行を取得します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library list|show  what the library holds</source>
        <translation>       wanstudio library list|show  ライブラリの内容を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library rebuild    list the clips again in a lost or damaged library</source>
        <translation>       wanstudio library rebuild    失われたか破損したライブラリにクリップを再登録します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)</source>
        <translation>       wanstudio frame CLIP         クリップの正確な 1 フレームを PNG として保存します（--at、--out）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)</source>
        <translation>       wanstudio export 入力...     クリップを MP4、WebM、GIF、WebP、PNG 連番画像にまとめる (--format, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)</source>
        <translation>       wanstudio sequence create|list|show|export  ライブラリのクリップによるシーンを 1 つに書き出す（mlt: 編集ソフト用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)</source>
        <translation>       wanstudio batch [オプション]  多数の実行を一度に: {a|b} のプロンプト候補、シード、スイープ（--dry-run）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio spend              what runs cost: totals and per day (--since, --json)</source>
        <translation>       wanstudio spend              実行のコスト: 合計と日ごと（--since、--json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio settings list|get|set  the settings a script needs, budget caps among them</source>
        <translation>       wanstudio settings list|get|set  スクリプトに必要な設定（予算上限を含む）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio COMMAND --help     options of a command</source>
        <translation>       wanstudio COMMAND --help     コマンドのオプションを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>キーは SEGMIND_API_KEY またはシステムのキーチェーンから読み込まれます。</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+142"/>
        <source>Fetches the runs the service accepted but this computer never received (after a crash, a kill or a dropped connection). It never submits a run again.</source>
        <translation>サービスが受け付けたものの、このコンピューターが受け取れなかった実行（クラッシュ、強制終了、接続の切断などの後）を取得します。実行を再送信することはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send the runs that were queued but never sent.</source>
        <translation>キューに入ったまま送信されていない実行も送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this run of the library.</source>
        <translation>ライブラリのこの実行のみ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed.</source>
        <translation>別の場所に保存：フォルダー（各クリップはファイル名を保持）、または 1 件の実行を再開する場合はファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-21"/>
        <source>What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for Shotcut and Kdenlive that refers to the original clips).</source>
        <translation>書き出す形式: mp4、webm、gif、webp、png（フレーム画像のフォルダー）、または mlt（元のクリップを参照する Shotcut と Kdenlive 用のプロジェクト）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to write: mp4, webm, gif, webp or png (a folder of frames).</source>
        <translation>書き出す形式: mp4、webm、gif、webp、png（フレーム画像のフォルダー）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to save it (for png: a new or empty folder).</source>
        <translation>保存先（png の場合は新しいフォルダーか空のフォルダー）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long edge in pixels (the aspect is kept); default: the first clip&apos;s size.</source>
        <translation>長辺のピクセル数（縦横比は保たれます）。既定: 最初のクリップのサイズ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new frame rate (frames are repeated or dropped); default: the first clip&apos;s.</source>
        <translation>新しいフレームレート（フレームを繰り返すか間引きます）。既定: 最初のクリップのもの。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at every join, instead of the crossfades the sequence keeps for each join.</source>
        <translation>シーケンスがつなぎ目ごとに保持するクロスフェードの代わりに、すべてのつなぎ目で N フレームをクロスフェードします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at each join.</source>
        <translation>つなぎ目ごとに N フレームをクロスフェードします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play forward, then back, for a seamless loop.</source>
        <translation>順再生のあと逆再生し、切れ目のないループにします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a clip continues the one before it, correct its colours toward the frame it continues, so a chain&apos;s colour drift does not jump at the joins.</source>
        <translation>クリップが前のクリップの続きである箇所で、その色を続きの元のフレームに合わせて補正し、連続したクリップの色のずれがつなぎ目で跳ばないようにします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF is better.</source>
        <translation>MP4: CRF 0-51（既定 20）、WebM: CRF 0-63（既定 32）、WebP: 0-100（既定 80）。CRF は低いほど高画質です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4: always encode new pictures, even where the clips could be copied as they are.</source>
        <translation>MP4: クリップをそのままコピーできる場合でも、常に新しく画像をエンコードします。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>--format must be mp4, webm, gif, webp or png.</source>
        <translation>--format は mp4、webm、gif、webp、png のいずれかです。</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>--out is required: where to save the export.</source>
        <translation>--out は必須です（書き出しの保存先）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--match-colour changes the pictures, which an MLT project does not hold: export a video or frames with it.</source>
        <translation>--match-colour は画像そのものを変えますが、MLT プロジェクトは画像を持ちません。動画またはフレームの書き出しで使ってください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--width must be a number of pixels from 16 to 8192.</source>
        <translation>--width は 16 から 8192 までのピクセル数です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crossfade must be a number of frames from 0 to 1000.</source>
        <translation>--crossfade は 0 から 1000 までのフレーム数です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quality must be a number from 0 to 100.</source>
        <translation>--quality は 0 から 100 までの数値です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps must be a frame rate above 0 and at most 240.</source>
        <translation>--fps は 0 より大きく 240 以下のフレームレートです。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 of %2 frames</source>
        <translation>%2 フレーム中 %1 フレームを書き出しました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its first frame, the same picture as the last one before it.</source>
        <translation>クリップを順番につなぎ、1 つの MP4、WebM、GIF、アニメーション WebP、または連番 PNG 画像のフォルダーとして保存します。前のクリップの続きであるクリップ（系譜がそう示すもの）は、前の最後のフレームと同じ画像である最初のフレームが除かれます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips (MP4 files) or library ids, in order.</source>
        <translation>クリップ（MP4 ファイル）またはライブラリ ID を順番に。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INPUT...</source>
        <translation>入力...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With one input: only frames IN to OUT (from 0, both included).</source>
        <translation>入力が 1 つの場合: フレーム IN から OUT まで（0 から数え、両端を含む）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the clips to export: wanstudio export INPUT... --format mp4 --out FILE</source>
        <translation>書き出すクリップを指定してください: wanstudio export 入力... --format mp4 --out ファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trim goes with a single input; several inputs are exported whole.</source>
        <translation>--trim は入力が 1 つのときだけ使えます。複数の入力は全体が書き出されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trim must be IN:OUT, two frame indexes from 0 (0:40).</source>
        <translation>--trim は IN:OUT（0 から数えた 2 つのフレーム番号、例 0:40）で指定します。</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>With --out: an existing file there may be replaced.</source>
        <translation>--out と併用：そこにある既存のファイルを置き換えてもよい。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: --id takes the number of a run in the library (see `wanstudio library list`).</source>
        <translation>エラー：--id にはライブラリ内の実行の番号を指定します（`wanstudio library list` を参照）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the library could not be used: %1</source>
        <translation>エラー: ライブラリを使用できませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 is left alone: another Wan Studio process (pid %2) is working on it.</source>
        <translation>実行 %1 はそのままにします。別の Wan Studio プロセス（pid %2）が処理中です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 has nothing to resume: it is finished, or not in the library.</source>
        <translation>実行 %1 には再開するものがありません：完了しているか、ライブラリにありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: its clip had been saved: %2</source>
        <translation>実行 %1: クリップは保存済みでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2</source>
        <translation>実行 %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n 件の実行がキューに入ったまま送信されていません。`wanstudio resume --queued` で送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume.</source>
        <translation>再開するものはありません。</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+149"/>
        <location line="+4"/>
        <source>Run %1:</source>
        <translation>実行 %1:</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>エラー：%n 件の実行が 1 つのファイル %1 に保存されてしまいます。フォルダーを指定するか、--id で 1 件を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.</source>
        <translation>`wanstudio resume --id %1 --out FOLDER` で別の場所に保存できます。それまで何も失われません。</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Resuming run %1 (request %2)</source>
        <translation>実行 %1 を再開しています（リクエスト %2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs whose prompt contains these words.</source>
        <translation>プロンプトにこれらの語句を含む実行のみを対象にします。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>語句</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>表示する実行の最大数（既定値 50）。</translation>
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
        <translation>ライブラリ内の実行を一覧表示するか、1 件を表示するか、1 件に至る続きの連鎖を表示します。クリップを再登録する方法は `library rebuild --help` で確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID, chain ID, or rebuild</source>
        <translation>list、show ID、chain ID、または rebuild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.</source>
        <translation>エラー: `library list`、`library show ID`、`library chain ID`、`library rebuild` のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Error: there is no run %1 in the library.</source>
        <translation>エラー: ライブラリに実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: run %1 continued run %2 from frame %3, which is no longer in the library; the chain is listed from run %1.</source>
        <translation>注意: 実行 %1 は実行 %2 のフレーム %3 から続けたものですが、その実行はもうライブラリにありません。連鎖は実行 %1 から表示します。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The library is empty.</source>
        <translation>ライブラリは空です。</translation>
    </message>
    <message>
        <location filename="../app/cli/rebuildcommand.cpp" line="+20"/>
        <source>Lists the clips of the results folder, the library&apos;s media folder and any --from folder in the library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside (never deleted) and a fresh one is made; clips already listed are not added twice.</source>
        <translation>出力フォルダー、ライブラリのメディアフォルダー、および --from で指定したフォルダーにあるクリップ（Wan Studio の設定を含むすべての MP4）をライブラリに再登録します。破損したライブラリは別の場所に移され（削除はされません）、新しいライブラリが作成されます。登録済みのクリップが二重に追加されることはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also look in this folder (and its subfolders); may be given more than once.</source>
        <translation>このフォルダー（およびそのサブフォルダー）も検索します。複数回指定できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 is not a folder.</source>
        <translation>エラー: %1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged library was moved aside to %1.</source>
        <translation>破損したライブラリを %1 に移動しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the library could not be rebuilt: %1</source>
        <translation>エラー: ライブラリを再構築できませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1</source>
        <translation>スキップしました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>%n 本のクリップを検出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n 本を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>%n 本をスキップ（登録済み %1 本、Wan Studio の設定なし %2 本）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/framecommand.cpp" line="-9"/>
        <source>Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip&apos;s full size. The PNG carries the clip&apos;s name, the frame&apos;s number and the run&apos;s settings.</source>
        <translation>クリップの 1 フレームを、指定したとおり正確に、クリップの元のサイズで PNG として保存します。PNG にはクリップの名前、フレーム番号、実行の設定が記録されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip (an MP4).</source>
        <translation>クリップ（MP4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which frame: first, last (the default), an index from 0 (40), or a time in seconds with a decimal point (2.5; the frame the player shows at that time).</source>
        <translation>どのフレームか: first（最初）、last（最後、既定）、0 から数えるインデックス（40）、または小数点付きの秒数（2.5。その時刻にプレーヤーが表示するフレーム）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first|last|N|SECONDS</source>
        <translation>first|last|N|秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the PNG.</source>
        <translation>PNG の保存先。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file.png</source>
        <translation>file.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the clip to take the frame from: wanstudio frame CLIP --out FILE.png</source>
        <translation>フレームを取り出すクリップを指定してください: wanstudio frame CLIP --out FILE.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one clip at a time; also got %1.</source>
        <translation>クリップは一度に 1 つだけです。ほかに %1 が指定されました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out is required: where to save the PNG.</source>
        <translation>--out は必須です（PNG の保存先）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must name a .png file (the frame is saved as PNG): %1</source>
        <translation>--out には .png ファイルを指定してください（フレームは PNG として保存されます）: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/continuefrom.cpp" line="+30"/>
        <location filename="../app/cli/sequencecommand.cpp" line="+62"/>
        <source>there is no run %1 in the library.</source>
        <translation>ライブラリに実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 has no finished clip to continue from.</source>
        <translation>実行 %1 には続きを作れる完成したクリップがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/sequencecommand.cpp" line="-9"/>
        <source>name the sequence and its clips: wanstudio sequence create NAME ID...</source>
        <translation>シーケンス名とクリップを指定してください: wanstudio sequence create 名前 ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sequence needs at least one clip: wanstudio sequence create NAME ID...</source>
        <translation>シーケンスには 1 つ以上のクリップが必要です: wanstudio sequence create 名前 ID...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 has no finished clip to put in a sequence.</source>
        <translation>実行 %1 にはシーケンスに入れられる完成したクリップがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: the sequence could not be saved: %1</source>
        <translation>エラー: シーケンスを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports a sequence: its clips joined in order, with the seam rule and the crossfade the sequence keeps at each join, or as an MLT project (--format mlt) for Shotcut and Kdenlive, crossfades included.</source>
        <translation>シーケンスを書き出します。クリップを順番につなぎ（つなぎ目の規則と、シーケンスがつなぎ目ごとに保持するクロスフェードを適用）、または Shotcut と Kdenlive 用の MLT プロジェクト（--format mlt、クロスフェードを含む）として書き出します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence&apos;s id (wanstudio sequence list).</source>
        <translation>シーケンスの ID（wanstudio sequence list）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one sequence: wanstudio sequence export ID --format mp4 --out FILE</source>
        <translation>シーケンスを 1 つ指定してください: wanstudio sequence export ID --format mp4 --out ファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>there is no sequence %1 in the library (wanstudio sequence list).</source>
        <translation>ライブラリにシーケンス %1 はありません（wanstudio sequence list）。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>sequence %1 is empty: there is nothing to export.</source>
        <translation>シーケンス %1 は空です。書き出すものがありません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order</source>
        <translation>使い方: wanstudio sequence create 名前 ID...   ライブラリの実行から新しいシーケンスを順番に作る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence list             the sequences in the library</source>
        <translation>       wanstudio sequence list             ライブラリのシーケンス一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence show ID          a sequence&apos;s clips</source>
        <translation>       wanstudio sequence show ID          シーケンスのクリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH</source>
        <translation>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out パス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sequence command “%1”: use create, list, show or export.</source>
        <translation>不明なシーケンスコマンド「%1」です。create、list、show、export のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/spendcommand.cpp" line="-115"/>
        <source>What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the cost of failed and expired runs. Costs are the service&apos;s own figures; where it charged a run without saying how much, the model&apos;s typical cost is counted and marked as estimated.</source>
        <translation>ライブラリから見た実行のコスト: 合計、日・週・月ごと、残した（お気に入りの）クリップ 1 本あたり、失敗・期限切れの実行のコスト。コストはサービス自身の数値です。金額を示さずに課金された実行は、モデルの標準コストで数え、推定として示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count runs from this local date on (YYYY-MM-DD).</source>
        <translation>このローカル日付以降の実行を数えます（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object with the totals and the series.</source>
        <translation>合計と系列を含む JSON オブジェクト 1 つ。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a date written YYYY-MM-DD, such as 2026-12-01; not &quot;%1&quot;.</source>
        <translation>--since には YYYY-MM-DD 形式の日付（例: 2026-12-01）を指定します。「%1」は使えません。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>%1 以降: 課金された %n 回の実行で %2 クレジット。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>合計: 課金された %n 回の実行で %1 クレジット。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n 回の実行を標準コストで数えました。サービスが金額を示さなかったためです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>残したクリップ 1 本あたり: %1 クレジット（お気に入り %n 本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>失敗・キャンセル・期限切れの実行: %n 回、%1 クレジット。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>失敗した %n 回の実行は、コストが記録されないまま課金された可能性があります。Segmind のコンソールで確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month %1: %2 credits</source>
        <translation>%1 の月: %2 クレジット</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, reads and changes the settings a script needs. The API key is not a setting: it comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>スクリプトに必要な設定を一覧・取得・変更します。API キーは設定ではありません。SEGMIND_API_KEY またはシステムのキーチェーンから取得します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list、get キー、または set キー 値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list and get: JSON instead of text.</source>
        <translation>list と get: テキストの代わりに JSON。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>設定「%1」はありません。設定は次のとおりです: %2。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Use: wanstudio settings list | get KEY | set KEY VALUE.</source>
        <translation>使い方: wanstudio settings list | get キー | set キー 値</translation>
    </message>
</context>
<context>
    <name>wan::core::ApiKeyStore</name>
    <message>
        <location filename="../app/core/apikeystore.cpp" line="+32"/>
        <source>The system keychain could not be used (%1).</source>
        <translation>システムのキーチェーンを使用できませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>システムのキーチェーンにキーを保存できませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>システムのキーチェーンからキーを削除できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>wan::core::CreditTracker</name>
    <message>
        <location filename="../app/core/credittracker.cpp" line="+33"/>
        <source>Credits: unknown</source>
        <translation>クレジット: 不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: %1</source>
        <translation>クレジット: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last run %1)</source>
        <translation>（前回の実行で %1 消費）</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelDescription</name>
    <message>
        <location filename="../app/core/modeldescription.cpp" line="+54"/>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number from %1 to %2</source>
        <translation>%1 から %2 までの数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image URL</source>
        <translation>画像の URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text that is not empty</source>
        <translation>空でないテキスト</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model description is not valid JSON: %1</source>
        <translation>モデル定義が有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model description is not a JSON object.</source>
        <translation>モデル定義が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model description has no id or endpoint.</source>
        <translation>モデル定義に id または endpoint がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model endpoint &quot;%1&quot; is not a plain name.</source>
        <translation>モデルのエンドポイント「%1」は単純な名前ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model description lists no parameters.</source>
        <translation>モデル定義にパラメーターがありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter of the model description has no name or an unknown type.</source>
        <translation>モデル定義に、名前がないか型が不明なパラメーターがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; is described twice.</source>
        <translation>パラメーター「%1」が 2 回定義されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter &quot;%1&quot; has an invalid range.</source>
        <translation>パラメーター「%1」の範囲が無効です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; needs a range.</source>
        <translation>パラメーター「%1」には範囲が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parameter &quot;%1&quot; lists no allowed values.</source>
        <translation>パラメーター「%1」に指定可能な値がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of &quot;%1&quot; is outside its own range.</source>
        <translation>「%1」の既定値がその範囲外です。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>%1 must be %2 (%3).</source>
        <translation>%1 は%2である必要があります（%3）。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty.</source>
        <translation>%1 は空にできません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>got %1</source>
        <translation>指定値: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a value that is not text</source>
        <translation>テキストではない値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not fit in 64 bits</source>
        <translation>64 ビットに収まりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>got &quot;%1&quot;</source>
        <translation>指定値:「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; does not fit in 64 bits</source>
        <translation>「%1」は 64 ビットに収まりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelText</name>
    <message>
        <location filename="../app/core/modeltext.cpp" line="+13"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input image URL for video base. Choose a detailed image for best results.</source>
        <translation>動画の元になる入力画像。細部まで描かれた画像ほど良い結果になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptive prompt for video content. Include vivid details for a richer video.</source>
        <translation>動画の内容を説明するプロンプト。具体的な描写を入れるほど豊かな動画になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility.</source>
        <translation>ランダム性を決めます。空欄なら完全にランダムです。同じ結果を再現するには特定のシードを指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go fast</source>
        <translation>高速モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates faster video generation. Disable for quality over speed.</source>
        <translation>動画をより速く生成します。速度より品質を優先するならオフにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video frame count; 81 frames for optimal detail. Increase for smoother motion.</source>
        <translation>動画のフレーム数。81 フレームで細部が最適になります。増やすと動きが滑らかになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video resolution. Use 720p for higher clarity, 480p for faster generation.</source>
        <translation>動画の解像度。鮮明さを求めるなら 720p、速さを求めるなら 480p を使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos.</source>
        <translation>フレームのアスペクト比を決めます。横長の動画は 16:9、縦長の動画は 9:16 を使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample shift</source>
        <translation>サンプルシフト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusts image sampling shift. Use lower values for subtle changes.</source>
        <translation>サンプリングのシフト量を調整します。変化を控えめにするには小さい値にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determines video smoothness. Choose 16 fps for optimal balance.</source>
        <translation>動画の滑らかさを決めます。バランスが最もよいのは 16 fps です。</translation>
    </message>
</context>
<context>
    <name>wan::core::OutputPlace</name>
    <message>
        <location filename="../app/core/outputplace.cpp" line="+89"/>
        <source>No output file was given.</source>
        <translation>出力ファイルが指定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the MP4 file to save the video in.</source>
        <translation>動画の保存先となる MP4 ファイルの名前を指定してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the PNG file to save the frame in.</source>
        <translation>フレームの保存先となる PNG ファイルの名前を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is a folder, not a file.</source>
        <translation>出力先「%1」はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name inside it, for example “%1”.</source>
        <translation>その中のファイル名を指定してください（例:「%1」）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The output file “%1” is the clip the frame comes from: saving the frame there would destroy it.</source>
        <translation>出力ファイル「%1」はフレームの取り出し元のクリップです。そこにフレームを保存するとクリップが失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the frame, ending in .png.</source>
        <translation>フレームに .png で終わる別の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” is the input picture: saving the video there would destroy it.</source>
        <translation>出力ファイル「%1」は入力画像です。そこに動画を保存すると画像が失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the video.</source>
        <translation>動画に別の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the frame there would destroy it.</source>
        <translation>出力ファイル「%1」は Wan Studio 自身のファイル（ライブラリ、設定、またはアップロードキャッシュ）です。そこにフレームを保存するとそのファイルが失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the video there would destroy it.</source>
        <translation>出力ファイル「%1」は Wan Studio 自身のファイル（ライブラリ、設定、またはアップロードキャッシュ）です。そこに動画を保存するとそのファイルが失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose a file outside Wan Studio&apos;s data folder, for example in your Videos folder.</source>
        <translation>Wan Studio のデータフォルダーの外にあるファイルを選んでください（例: ビデオフォルダー内）。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The output file “%1” is inside a folder Wan Studio manages (“%2”).</source>
        <translation>出力ファイル「%1」は、Wan Studio が管理するフォルダー（「%2」）の中にあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is not a regular file (a device, pipe or socket).</source>
        <translation>出力先「%1」は通常のファイルではありません（デバイス、パイプ、またはソケット）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name an ordinary MP4 file to save the video in.</source>
        <translation>動画の保存先として通常の MP4 ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name an ordinary PNG file to save the frame in.</source>
        <translation>フレームの保存先として通常の PNG ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” already exists.</source>
        <translation>出力ファイル「%1」は既に存在します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>別の名前を選ぶか、置き換えを許可してください（コマンドラインでは --overwrite）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder for “%1” cannot be created: “%2” is a file.</source>
        <translation>「%1」のフォルダーを作成できません:「%2」はファイルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an output file in a folder that exists or can be created.</source>
        <translation>既に存在するか作成できるフォルダー内の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the frame could not be saved as “%3”.</source>
        <translation>Wan Studio はフォルダー「%1」に書き込めないため（%2）、フレームを「%3」として保存できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the video could not be saved as “%3”.</source>
        <translation>Wan Studio はフォルダー「%1」に書き込めないため（%2）、動画を「%3」として保存できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>書き込み可能なフォルダーを選ぶか、フォルダーのアクセス許可と空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>wan::core::PromptAlternatives</name>
    <message>
        <location filename="../app/core/promptalternatives.cpp" line="+62"/>
        <source>Character %1 opens a group inside the group opened at character %2: &quot;%3&quot;. Groups cannot be nested; close the first one with }, or write \{ for a literal brace.</source>
        <translation>%1 文字目が、%2 文字目で開いたグループの中で新しいグループを開いています: 「%3」。グループは入れ子にできません。最初のグループを } で閉じるか、波かっこそのものは \{ と書いてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character %1 closes a group that was never opened: &quot;%2&quot;. Open it with {, or write \} for a literal brace.</source>
        <translation>%1 文字目が、開かれていないグループを閉じています: 「%2」。{ で開くか、波かっこそのものは \} と書いてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group at character %1 has nothing to choose from: &quot;%2&quot;. Write the alternatives between the braces, separated by |.</source>
        <translation>%1 文字目のグループには選ぶものがありません: 「%2」。波かっこの間に候補を | で区切って書いてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group opened at character %1 is never closed: &quot;%2&quot;. Close it with }, or write \{ for a literal brace.</source>
        <translation>%1 文字目で開いたグループが閉じられていません: 「%2」。} で閉じるか、波かっこそのものは \{ と書いてください。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>more than %1</source>
        <translation>%1 を超える</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt&apos;s alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some alternatives.</source>
        <translation>プロンプトの候補から %1 個のプロンプトができます（%2）。一度に計画できるのは最大 %3 個です。候補を減らしてください。</translation>
    </message>
</context>
<context>
    <name>wan::core::ScriptableSettings</name>
    <message>
        <location filename="../app/core/scriptablesettings.cpp" line="+39"/>
        <source>Credits a day&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>1 日の実行に使えるクレジット。超える実行は保留されます。0 は上限なし。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits a month&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>1 か月の実行に使えるクレジット。超える実行は保留されます。0 は上限なし。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async (submit and poll) or sync (one long call).</source>
        <translation>async（送信して確認）または sync（1 回の長い呼び出し）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once in the window: 1 to %1.</source>
        <translation>ウィンドウでの同時実行数: 1〜%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where clips are saved; empty means the data folder&apos;s results.</source>
        <translation>クリップの保存先。空の場合はデータフォルダーの results。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications when a run ends: true or false.</source>
        <translation>実行終了時のデスクトップ通知: true または false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s language code (en, de, es, fr, ja, zh_CN); empty means the system&apos;s.</source>
        <translation>ウィンドウの言語コード（en、de、es、fr、ja、zh_CN）。空の場合はシステムの言語。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system, light, dark or highContrast.</source>
        <translation>system、light、dark、highContrast のいずれか。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>API のアドレス。空の場合は Segmind のもの。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload service&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>アップロードサービスのアドレス。空の場合は Segmind のもの。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not &quot;%2&quot;.</source>
        <translation>%1 には 0 以上のクレジット数（0: 上限なし）を指定します（例: 5、2.50）。「%2」は使えません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is async or sync, not &quot;%2&quot;.</source>
        <translation>%1 は async または sync です。「%2」は使えません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 は 1〜%2 の整数です。「%3」は使えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is true or false, not &quot;%2&quot;.</source>
        <translation>%1 は true または false です。「%2」は使えません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of %2, or empty for the system&apos;s; not &quot;%3&quot;.</source>
        <translation>%1 は %2 のいずれか、またはシステムの言語なら空です。「%3」は使えません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 は %2 のいずれかです。「%3」は使えません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an http or https address, or empty for Segmind&apos;s own; not &quot;%2&quot;.</source>
        <translation>%1 は http または https のアドレス、Segmind のものなら空です。「%2」は使えません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set from the command line.</source>
        <translation>%1 はコマンドラインから設定できません。</translation>
    </message>
</context>
<context>
    <name>wan::core::ShotVocabulary</name>
    <message>
        <location filename="../app/core/shotvocabulary.cpp" line="+19"/>
        <source>Camera moves</source>
        <translation>カメラの動き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels toward the subject.</source>
        <translation>カメラが被写体に近づきます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels away from the subject.</source>
        <translation>カメラが被写体から離れます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns to the left on the spot.</source>
        <translation>カメラがその場で左へ向きを変えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns upward on the spot.</source>
        <translation>カメラがその場で上へ向きを変えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera circles the subject from above.</source>
        <translation>カメラが上空から被写体の周りを回ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera follows the subject with a slight shake.</source>
        <translation>カメラがわずかに揺れながら被写体を追います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not move; only the scene does.</source>
        <translation>カメラは動かず、シーンだけが動きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shot sizes</source>
        <translation>ショットサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail fills the frame, such as an eye or a hand.</source>
        <translation>目や手などの細部が画面いっぱいに映ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A face or one object fills most of the frame.</source>
        <translation>顔や 1 つの物が画面の大部分を占めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person from the waist up.</source>
        <translation>人物の腰から上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole subject with plenty of its surroundings.</source>
        <translation>被写体全体と周囲の様子を広く。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenses and focus</source>
        <translation>レンズとピント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is sharp and the background soft.</source>
        <translation>被写体はくっきり、背景はぼけます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focus shifts from one subject to another during the shot.</source>
        <translation>ショットの途中でピントがある被写体から別の被写体へ移ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wide view with stretched edges and deep space.</source>
        <translation>端が引き伸ばされ、奥行きのある広い視野。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow view that flattens distance.</source>
        <translation>距離感を圧縮する狭い視野。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>ライティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm, low sunlight shortly before sunset.</source>
        <translation>日没前の暖かく低い日差し。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool, soft light just after sunset.</source>
        <translation>日没直後の冷たく柔らかな光。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The light comes from behind the subject, outlining it.</source>
        <translation>被写体の後ろから光が当たり、輪郭が浮かび上がります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even light from a cloudy sky, with faint shadows.</source>
        <translation>曇り空からの均一な光で、影は淡くなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion speed</source>
        <translation>動きの速さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement is slowed down and smooth.</source>
        <translation>動きがゆっくり滑らかになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time passes quickly: clouds race and light changes.</source>
        <translation>時間が速く進み、雲が流れ、光が変わります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, calm motions in the scene.</source>
        <translation>シーンの中の小さく穏やかな動き。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>雰囲気</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look of a feature film: graded colour and careful framing.</source>
        <translation>映画のような見た目: 調整された色と丁寧な構図。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft, hazy and slightly unreal.</source>
        <translation>柔らかく、かすんで、少し非現実的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark tones and strong contrast.</source>
        <translation>暗いトーンと強いコントラスト。</translation>
    </message>
</context>
<context>
    <name>wan::image::ImageInspector</name>
    <message>
        <location filename="../app/image/imageinspector.cpp" line="+145"/>
        <source>The pasted image could not be saved: %1.</source>
        <translation>貼り付けた画像を保存できませんでした: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that there is free disk space, then paste again.</source>
        <translation>ディスクに空き容量があることを確認して、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be encoded as PNG</source>
        <translation>PNG としてエンコードできませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 に書き込めません（%2）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1x%2 → %3x%4, JPEG %5</source>
        <extracomment>Original pixel size → size of the JPEG that is uploaded, and its file size</extracomment>
        <translation>%1x%2 → %3x%4、JPEG %5</translation>
    </message>
</context>
<context>
    <name>wan::image::ImagePreparer</name>
    <message>
        <location filename="../app/image/imagepreparer.cpp" line="+283"/>
        <source>“%1” could not be found.</source>
        <translation>「%1」が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists, or choose it again.</source>
        <translation>ファイルがまだ存在するか確認するか、もう一度選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a picture.</source>
        <translation>「%1」は画像ではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file inside it instead.</source>
        <translation>代わりに、その中の画像ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a picture file but a pipe, socket or device, so it cannot be read.</source>
        <translation>「%1」は画像ファイルではなく、パイプ、ソケット、またはデバイスなので読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file saved on a disk.</source>
        <translation>ディスクに保存された画像ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be opened for reading.</source>
        <translation>「%1」を読み取り用に開けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you are allowed to read it (its permissions), or copy it to a folder you can read.</source>
        <translation>読み取り権限（アクセス許可）があるか確認するか、読み取り可能なフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>“%1” is too large (%2 MB).</source>
        <translation>「%1」は大きすぎます（%2 MB）。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Use a smaller picture, or reduce it in an image editor first.</source>
        <translation>もっと小さい画像を使うか、先に画像編集ソフトで縮小してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be read.</source>
        <translation>「%1」を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network share is available, then try again.</source>
        <translation>ディスクまたはネットワーク共有が利用できることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be decoded.</source>
        <translation>「%1」をデコードできませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may be damaged; try opening it in an image editor and saving it again.</source>
        <translation>ファイルが破損している可能性があります。画像編集ソフトで開いて保存し直してみてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large: %2 × %3 pixels (the limit is %4 megapixels).</source>
        <translation>「%1」は大きすぎます: %2 × %3 ピクセル（上限は %4 メガピクセル）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce it in an image editor to a few thousand pixels on each side, then try again.</source>
        <translation>画像編集ソフトで各辺が数千ピクセル程度になるよう縮小してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>「%1」は空です（0 バイト）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may not have finished copying or downloading; choose it again when it has.</source>
        <translation>ファイルのコピーまたはダウンロードが終わっていない可能性があります。完了してからもう一度選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a %2 image, which this system cannot decode.</source>
        <translation>「%1」は %2 画像ですが、このシステムではデコードできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to JPEG or PNG first (most photo apps can export it).</source>
        <translation>先に JPEG または PNG に変換してください（ほとんどの写真アプリで書き出せます）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is incomplete: the file ends before the picture does.</source>
        <translation>「%1」は不完全です。画像の途中でファイルが終わっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or download the file again, or choose another picture.</source>
        <translation>ファイルをもう一度コピーまたはダウンロードするか、別の画像を選択してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a picture.</source>
        <translation>「%1」は画像ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.</source>
        <translation>JPEG、PNG、WebP、GIF、BMP、TIFF のいずれかの画像を選択してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a %2 picture of %3 × %4 pixels; pictures in that format are read only up to %5 megapixels (JPEG and PNG up to %6).</source>
        <translation>「%1」は %3 × %4 ピクセルの %2 画像です。この形式の画像は %5 メガピクセルまでしか読み込めません（JPEG と PNG は %6 メガピクセルまで）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it as JPEG or PNG (any image editor can), or make it smaller, then try again.</source>
        <translation>JPEG または PNG として保存し直す（どの画像編集ソフトでもできます）か、画像を小さくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is %2 × %3 pixels, too long and narrow for the video: the picture sent would be %4 × %5 pixels (the limit is %6 megapixels).</source>
        <translation>「%1」は %2 × %3 ピクセルで、動画に対して細長すぎます。送信される画像は %4 × %5 ピクセルになります（上限は %6 メガピクセル）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop it closer to the video&apos;s shape (16:9 or 9:16), then try again.</source>
        <translation>動画の縦横比（16:9 または 9:16）に近づくようにトリミングしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Animated image: only the first frame is used.</source>
        <translation>アニメーション画像です。最初のフレームだけが使用されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds several pictures: only the first is used.</source>
        <translation>このファイルには複数の画像が含まれています。最初の画像だけが使用されます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” (%2 × %3 pixels) would need about %4 MB of memory to decode at 16 bits per channel; the limit is %5 MB.</source>
        <translation>「%1」（%2 × %3 ピクセル）をチャンネルあたり 16 ビットでデコードするには、約 %4 MB のメモリが必要です。上限は %5 MB です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it with 8 bits per channel, or smaller, in an image editor, then try again.</source>
        <translation>画像編集ソフトでチャンネルあたり 8 ビットにするか、画像を小さくして保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be converted to JPEG.</source>
        <translation>「%1」を JPEG に変換できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, save the picture as PNG and use that.</source>
        <translation>もう一度お試しください。失敗が続く場合は、画像を PNG として保存し、それを使用してください。</translation>
    </message>
</context>
<context>
    <name>wan::image::PngScaledReader</name>
    <message>
        <location filename="../app/image/pngscaledreader.cpp" line="+322"/>
        <location line="+6"/>
        <source>the PNG decoder could not start</source>
        <translation>PNG デコーダーを起動できませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is not enough memory for the scaled picture</source>
        <translation>縮小した画像に必要なメモリが足りません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PNG data is damaged</source>
        <translation>PNG データが破損しています</translation>
    </message>
</context>
<context>
    <name>wan::image::RemoteImage</name>
    <message>
        <location filename="../app/image/remoteimage.cpp" line="+87"/>
        <source>%1 Use an address that starts with https://, or save the picture and choose the file.</source>
        <translation>%1アドレスは https:// で始まるものを使用するか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sent the picture on to “%2”, which is not a secure (https) address, so Wan Studio did not follow. Save the picture from your browser and choose the file instead.</source>
        <translation>%1 が画像の転送先として安全でない（https ではない）アドレス「%2」を指定したため、Wan Studio は転送に従いませんでした。代わりに、ブラウザーで画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.</source>
        <translation>%1 から何度もほかのアドレスへ転送されました。代わりに、ブラウザーで画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>%1 の画像は %2 あり、Wan Studio が画像としてダウンロードできる上限 %3 を超えています。代わりに、画像を保存して縮小し、そのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>%1 answered with a web page, not a picture. Copy the address of the picture itself (right-click it, “Copy Image Address”), or save it and choose the file.</source>
        <translation>%1 は画像ではなくウェブページを返しました。画像そのもののアドレスをコピーする（画像を右クリックして「画像アドレスをコピー」）か、画像を保存してそのファイルを選んでください。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>%1 の画像は、Wan Studio が画像としてダウンロードできる上限 %2 を超えています。代わりに、画像を保存して縮小し、そのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.</source>
        <translation>%1 が HTTP %2 を返しました。このアドレスに画像はありません。アドレスを確認するか、もう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.</source>
        <translation>%1 が HTTP %2 を返しました。この画像は公開されていません。代わりに、ブラウザーで画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.</source>
        <translation>%1 が HTTP %2 を返しました。サーバーに問題が発生しています。後でもう一度お試しいただくか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 が画像の代わりに HTTP %2 を返しました。アドレスを確認するか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 から画像ではなく空の応答が返されました。アドレスを確認するか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 sent is not a picture. Check that the address ends at the picture itself, or save it and choose the file.</source>
        <translation>%1 から送られてきたものは画像ではありません。アドレスが画像そのものを指しているか確認するか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.</source>
        <translation>%1 から %2 秒以内に応答がありませんでした。もう一度お試しいただくか、画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be reached (%2). Check the address and your internet connection.</source>
        <translation>%1 に接続できませんでした（%2）。アドレスとインターネット接続を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file instead.</source>
        <translation>%1 との安全な接続を確立できませんでした（%2）。代わりに、ブラウザーで画像を保存してそのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.</source>
        <translation>%1 の画像をダウンロードできませんでした（%2）。アドレスを確認するか、画像を保存してそのファイルを選択してください。</translation>
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
        <translation>%1 には変化させるシードがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+7"/>
        <location line="+31"/>
        <location line="+43"/>
        <source>A batch has %1 to %2 runs (asked for %3).</source>
        <translation>バッチの実行数は %1～%2 件です（指定: %3 件）。</translation>
    </message>
    <message numerus="yes">
        <location line="-55"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-68"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>連番シードは 0～%1 の範囲に収める必要があります。%2 から %n 件実行すると %3 で終わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>互いに異なるシードを %n 個生成できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 は %2 のパラメーターではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with variations; a sweep keeps it fixed.</source>
        <translation>シードを変えるにはバリエーションを使用してください。スイープではシードは固定されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+40"/>
        <source>%1 is not a number, so it cannot be swept.</source>
        <translation>%1 は数値ではないため、スイープできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+4"/>
        <source>Enter at least one value of %1.</source>
        <translation>%1 の値を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 %2 is listed more than once.</source>
        <translation>%1 %2 が重複して指定されています。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Enter the values to try, separated by commas.</source>
        <translation>試す値をカンマ区切りで入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From, to and step must be numbers.</source>
        <translation>開始値、終了値、間隔には数値を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be greater than 0.</source>
        <translation>間隔は 0 より大きくする必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2 in steps of %3 makes more than %4 runs.</source>
        <translation>%1 から %2 まで %3 刻みにすると、実行数が %4 件を超えます。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No runs planned.</source>
        <translation>予定されている実行はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n 件の実行、約 %1 クレジット</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance is unknown, so the batch runs until the service refuses</source>
        <translation>%1。残高が不明なため、サービスに拒否されるまでバッチを実行します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; your balance %2</source>
        <translation>%1。残高 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1。残高 %2 で %n 件実行できます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance %2 does not cover one run</source>
        <translation>%1。残高 %2 では 1 件も実行できません</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1。残高 %2 で実行できるのは %3 件中 %n 件のみです。次の実行分の残高が足りなくなった時点でバッチは停止します</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-129"/>
        <source>(nothing)</source>
        <comment>a prompt alternative that is empty</comment>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>prompt</source>
        <comment>an axis of a grid: the prompt&apos;s alternatives</comment>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt has no alternatives to vary: write them as {golden hour|blue hour}.</source>
        <translation>プロンプトに変える候補がありません。{golden hour|blue hour} のように書いてください。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Seed %1 is outside 0 to %2.</source>
        <translation>シード %1 は 0〜%2 の範囲外です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed %1 is listed more than once.</source>
        <translation>シード %1 が複数回指定されています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2; the numbers that can be varied are %3.</source>
        <translation>%1 は %2 のパラメーターではありません。変えられる数値は %3 です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with seeds; a sweep keeps it fixed.</source>
        <translation>シードはシードの指定で変えてください。スイープではシードは固定です。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.</source>
        <translation>この選択では %1 回の実行になります（%2）。バッチは最大 %3 回です。一度に変えるものを減らしてください。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>At most %1 parameters can be swept at once (asked for %2).</source>
        <translation>一度にスイープできるパラメーターは最大 %1 個です（指定: %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies a parameter; the prompt and the seed have their own options.</source>
        <translation>スイープはパラメーターを変えます。プロンプトとシードには専用のオプションがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is swept twice; list all its values in one sweep.</source>
        <translation>%1 が 2 回スイープされています。値はすべて 1 つのスイープに並べてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a number of seeds or a list of seeds, not both.</source>
        <translation>シードの数かシードのリストのどちらか一方を指定してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows and the columns vary the same thing; choose two different axes.</source>
        <translation>行と列が同じものを変えています。異なる 2 つの軸を選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt has alternatives in braces: make the prompt one of the grid&apos;s axes, or remove the braces.</source>
        <translation>プロンプトに波かっこの候補があります。プロンプトをグリッドの軸の 1 つにするか、波かっこを取り除いてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A grid has at most %1 rows (asked for %2).</source>
        <translation>グリッドの行は最大 %1 です（指定: %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grid has at most %1 columns (asked for %2).</source>
        <translation>グリッドの列は最大 %1 です（指定: %2）。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>%1 クレジット使用（実行中の %n 回を含む）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits spent</source>
        <translation>%1 クレジット使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.</source>
        <translation>1 日の予算 %1 クレジットにより保留しました: 今日は %2、これを実行するとさらに約 %3 かかります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.</source>
        <translation>1 か月の予算 %1 クレジットにより保留しました: 今月は %2、これを実行するとさらに約 %3 かかります。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetGuard</name>
    <message>
        <location filename="../app/jobs/budgetguard.cpp" line="+40"/>
        <source>Nothing was sent for it. Send it anyway, or raise the cap in Settings.</source>
        <translation>何も送信されていません。それでも送信するか、設定で上限を引き上げてください。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::Continuation</name>
    <message>
        <location filename="../app/jobs/continuation.cpp" line="+114"/>
        <source>The frame could not be saved in the library&apos;s media folder.</source>
        <translation>フレームをライブラリのメディアフォルダーに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::ExportInputs</name>
    <message>
        <location filename="../app/jobs/exportinputs.cpp" line="+73"/>
        <source>There is no run %1 in the library.</source>
        <translation>ライブラリに実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Run %1 has no finished clip to export.</source>
        <translation>実行 %1 には書き出せる完成したクリップがありません。</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="+75"/>
        <source>There is nothing to export: choose at least one clip.</source>
        <translation>書き出すものがありません。クリップを 1 つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message>
        <location filename="../app/jobs/finishnotices.cpp" line="+16"/>
        <source>A batch was stopped</source>
        <translation>バッチを停止しました</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>残高が次の実行に足りないため、%n 件の実行は送信されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your clip is ready</source>
        <translation>クリップができました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run failed</source>
        <translation>実行が失敗しました</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n 本のクリップができました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>、%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>、%n 件キャンセル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch finished with failures</source>
        <translation>バッチが完了しましたが、失敗があります</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your batch is ready</source>
        <translation>バッチが完了しました</translation>
    </message>
</context>
<context>
    <name>wan::jobs::GenerationJob</name>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+61"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the image</source>
        <translation>画像を準備中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading the image</source>
        <translation>画像をアップロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 は %2 のパラメーターではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output file was given.</source>
        <translation>出力ファイルが指定されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the value and try again; nothing was sent.</source>
        <translation>値を修正して、もう一度お試しください。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the client is gone</source>
        <translation>クライアントが存在しません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image address cannot be used: %1</source>
        <translation>画像のアドレスを使用できません: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// image address, or choose a file on this computer.</source>
        <translation>https:// の画像アドレスを使用するか、このコンピューター上のファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The clip had been saved before Wan Studio stopped: %1</source>
        <translation>Wan Studio が停止する前にクリップは保存されていました: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_image.cpp" line="+166"/>
        <source>Upload failed (%1); trying again in %2 s.</source>
        <translation>アップロードに失敗しました（%1）。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+45"/>
        <source>Waiting %1 s for the service&apos;s rate limit window to open.</source>
        <translation>サービスのレート制限が解除されるまで %1 秒待機しています。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The run could not be recorded in the library (is the disk full?), so it was not sent; nothing was charged.</source>
        <translation>実行をライブラリに記録できなかったため（ディスクがいっぱいではありませんか?）、送信しませんでした。課金はされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space, then send it again.</source>
        <translation>ディスクの空き容量を増やしてから、もう一度送信してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="+112"/>
        <source>Rate limited by the service; trying again in %1 s.</source>
        <translation>サービスのレート制限を受けました。%1 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service may have accepted this run and may charge for it, so Wan Studio will not send it again by itself. Check the request history in your Segmind console before generating again.</source>
        <translation>この実行はサービスに受け付けられ、課金されている可能性があるため、Wan Studio が自動で再送信することはありません。もう一度生成する前に、Segmind コンソールでリクエスト履歴を確認してください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waiting for the run</source>
        <translation>実行完了の待機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still on the service; resume it later to fetch the result (it is kept for an hour).</source>
        <translation>この実行はまだサービス上にあります。後で再開して結果を取得してください（結果は 1 時間保存されます）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking progress failed (%1); trying again.</source>
        <translation>進行状況の確認に失敗しました（%1）。再試行します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-66"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-16"/>
        <source>Fetching the result failed (%1); trying again.</source>
        <translation>結果の取得に失敗しました（%1）。再試行します。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>downloading the video</source>
        <translation>動画のダウンロード</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clip was saved, but without its settings inside: %1</source>
        <translation>クリップは保存されましたが、設定は埋め込まれていません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The finished video is no longer available for download (HTTP %1).</source>
        <translation>完成した動画はもうダウンロードできません（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download failed (%1); trying again.</source>
        <translation>ダウンロードに失敗しました（%1）。再試行します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run may have finished and been charged, but the one-call API keeps no copy to download again. Submit-and-poll mode (the default) can fetch a result again after a dropped connection.</source>
        <translation>この実行は完了して課金されている可能性がありますが、1 回呼び出し型の API では再ダウンロード用のコピーが残りません。送信してポーリングするモード（既定）なら、接続が切れた後でも結果を再取得できます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running the generation</source>
        <translation>生成の実行</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobListModel</name>
    <message>
        <location filename="../app/jobs/joblistmodel.cpp" line="+125"/>
        <source>%1 credits</source>
        <translation>%1 クレジット</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · running in another Wan Studio window or process (%2)</source>
        <translation>%1 · 別の Wan Studio ウィンドウまたはプロセスで実行中（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a free slot</source>
        <translation>実行枠の空きを待っています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of about %3</source>
        <translation>%1 · %2 / 約 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1%</source>
        <translation>ダウンロード中 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1</source>
        <translation>%1 で完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · in another window</source>
        <translation>%1 · 別のウィンドウで実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by a budget cap</source>
        <translation>予算の上限で保留中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 / ~%2</source>
        <comment>elapsed time / expected time of a run</comment>
        <translation>%1 / 約 %2</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="+150"/>
        <source>the run could not be recorded in the library, so it was not sent</source>
        <translation>実行をライブラリに記録できなかったため、送信しませんでした</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not sent: the balance would not cover this run. Nothing was charged for it.</source>
        <translation>未送信: 残高がこの実行分に足りません。この実行は課金されていません。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Discarded before it was sent; nothing was charged.</source>
        <translation>送信前に破棄しました。課金はされていません。</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_elsewhere.cpp" line="+122"/>
        <source>The Wan Studio process sending this run stopped; whether the service received it is unknown.</source>
        <translation>この実行を送信していた Wan Studio プロセスが停止しました。サービスが受け取ったかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.</source>
        <translation>未送信: 準備していた Wan Studio プロセスが停止しました。「未送信の実行」で再度表示されます。</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_hold.cpp" line="+69"/>
        <source>Waiting: an earlier run of its batch is held by a budget cap.</source>
        <translation>待機中: 同じバッチの前の実行が予算の上限で保留されています。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent, at your word; nothing was charged for it.</source>
        <translation>指示どおり送信していません。料金はかかっていません。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::RunRecorder</name>
    <message>
        <location filename="../app/jobs/runrecorder.cpp" line="+240"/>
        <source>The library could not record this run&apos;s progress (is the disk full, or is the database held by another program?). Wan Studio keeps trying.</source>
        <translation>ライブラリにこの実行の進行状況を記録できませんでした（ディスクがいっぱいか、データベースが別のプログラムに使用されていませんか?）。Wan Studio は記録を試み続けます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library could not record that the service accepted this run as request %1 (is the disk full, or is the database held by another program?). Wan Studio keeps trying and the run goes on; keep the request id, your Segmind console lists the run under it.</source>
        <translation>サービスがこの実行をリクエスト %1 として受け付けたことを、ライブラリに記録できませんでした（ディスクがいっぱいか、データベースが別のプログラムに使用されていませんか?）。Wan Studio は記録を試み続け、実行もそのまま続きます。リクエスト ID を控えておいてください。Segmind コンソールではこの ID で実行を確認できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library still could not record this run; free some disk space.</source>
        <translation>ライブラリにこの実行をまだ記録できません。ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library still could not record this run (request %1); free some disk space. Keep the request id: your Segmind console lists the run under it.</source>
        <translation>ライブラリにこの実行（リクエスト %1）をまだ記録できません。ディスクの空き容量を増やしてください。リクエスト ID を控えておいてください。Segmind コンソールではこの ID で実行を確認できます。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wan Studio stopped while this run was being sent; whether the service received it is unknown.</source>
        <translation>この実行の送信中に Wan Studio が停止したため、サービスが受け取ったかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the request history in your Segmind console before generating it again.</source>
        <translation>もう一度生成する前に、Segmind コンソールでリクエスト履歴を確認してください。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SequenceTimeline</name>
    <message>
        <location filename="../app/jobs/sequencetimeline.cpp" line="+64"/>
        <source>Run %1 of the sequence is no longer in the library. Remove it from the sequence.</source>
        <translation>シーケンスの実行 %1 はライブラリにありません。シーケンスから外してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of the sequence has no finished clip.</source>
        <translation>シーケンスの実行 %1 には完成したクリップがありません。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SessionClips</name>
    <message>
        <location filename="../app/jobs/sessionclips.cpp" line="+41"/>
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seed %2</source>
        <translation>%1、シード %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Seed %2</source>
        <translation>%1
シード %2</translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n 件の実行がこのクリップの続きです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n フレーム</numerusform>
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
        <translation>別の場所のクリップの続き（フレーム %1 から）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues #%1 (deleted) from frame %2</source>
        <translation>#%1（削除済み）の続き（フレーム %2 から）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continues #%1 from frame %2</source>
        <translation>#%1 の続き（フレーム %2 から）</translation>
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
        <translation>ライブラリのデータベースを使用できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_p.h" line="+6"/>
        <source>The library is not open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-172"/>
        <location line="+77"/>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバーがありません（Debian パッケージ libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>ライブラリ %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.</source>
        <translation>ライブラリ %1 は破損しているか、Wan Studio のライブラリではありません（%2）。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a Wan Studio library. It was left as it is.</source>
        <translation>ファイル %1 は Wan Studio のライブラリではありません。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).</source>
        <translation>ライブラリ %1 は新しいバージョンの Wan Studio で作成されています（スキーマ %2。このバージョンが読み込めるのは %3 まで）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 could not be checked (%2). It was left as it is.</source>
        <translation>ライブラリ %1 を検査できませんでした（%2）。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library %1 is damaged (%2). It was left as it is.</source>
        <translation>ライブラリ %1 は破損しています（%2）。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The library %1 could not be set up: %2</source>
        <translation>ライブラリ %1 を初期化できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library %1 could not be upgraded and was left at its previous version: %2</source>
        <translation>ライブラリ %1 をアップグレードできなかったため、以前のバージョンのままにしてあります: %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+108"/>
        <location line="+20"/>
        <location filename="../app/library/library_owners.cpp" line="+45"/>
        <source>There is no run %1 in the library.</source>
        <translation>ライブラリに実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The run was removed, but these files could not be deleted: %1</source>
        <translation>実行は削除されましたが、次のファイルを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/library/library_sequences.cpp" line="+86"/>
        <source>There is no sequence %1 in the library: it may have been deleted.</source>
        <translation>ライブラリにシーケンス %1 はありません。削除された可能性があります。</translation>
    </message>
</context>
<context>
    <name>wan::library::LibraryRebuild</name>
    <message>
        <location filename="../app/library/libraryrebuild.cpp" line="+69"/>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 を別の場所に移動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its settings are not those of a Wan Studio run</source>
        <translation>設定が Wan Studio の実行のものではありません</translation>
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
        <translation>インデックス（moov ボックス）が破損しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a fragmented MP4, which is not supported</source>
        <translation>フラグメント化された MP4 のため、サポートされていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its user data (udta box) is damaged</source>
        <translation>ユーザーデータ（udta ボックス）が破損しています</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+84"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a complete MP4 video: %2</source>
        <translation>%1 は完全な MP4 動画ではありません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 has two indexes (moov boxes)</source>
        <translation>%1 にインデックス（moov ボックス）が 2 つあります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an index (moov box) too large to edit</source>
        <translation>%1 のインデックス（moov ボックス）は大きすぎて編集できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 を変更できません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written beside the video: %2</source>
        <translation>動画と同じ場所に %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rewritten video failed its check: %1</source>
        <translation>書き換えた動画が検証に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rewritten video does not give its settings back: %1</source>
        <translation>書き換えた動画から設定を読み戻せません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rewritten video gives different settings back</source>
        <translation>書き換えた動画から読み戻した設定が一致しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be replaced</source>
        <translation>%1 を置き換えられませんでした</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an MP4 video</source>
        <translation>%1 は MP4 動画ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no index (moov box); it is incomplete</source>
        <translation>%1 にインデックス（moov ボックス）がありません。不完全なファイルです</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the settings in %1 are damaged: %2</source>
        <translation>%1 内の設定が破損しています: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Wan Studio settings</source>
        <translation>%1 には Wan Studio の設定が含まれていません</translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message>
        <location filename="../app/media/clipframes.cpp" line="+64"/>
        <source>The clip “%1” does not exist.</source>
        <translation>クリップ「%1」が存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file: give the path of an MP4 clip.</source>
        <translation>「%1」はファイルではありません。MP4 クリップのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip “%1” cannot be read: %2.</source>
        <translation>クリップ「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty (0 bytes): it holds no video.</source>
        <translation>ファイル「%1」は空（0 バイト）で、動画が含まれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio decodes clips with, could not be loaded: %1</source>
        <translation>Wan Studio がクリップのデコードに使う FFmpeg のライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The clip “%1” is incomplete (%2): it was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>クリップ「%1」は不完全です（%2）。保存、コピー、またはダウンロードの途中で切れた可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is not a video: it is not in a format FFmpeg can read.</source>
        <translation>ファイル「%1」は動画ではありません。FFmpeg が読める形式ではありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video in “%1” is %2, which this computer&apos;s FFmpeg cannot decode.</source>
        <translation>「%1」の動画は %2 で、このコンピューターの FFmpeg ではデコードできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds no video stream (only sound or other data).</source>
        <translation>ファイル「%1」には映像ストリームがありません（音声やその他のデータのみです）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video in “%1” does not say its frame rate, so its frames cannot be numbered.</source>
        <translation>「%1」の動画はフレームレートを示していないため、フレームに番号を付けられません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to decode “%1”.</source>
        <translation>「%1」をデコードするためのメモリが足りません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The video in “%1” (%2) cannot be decoded: %3.</source>
        <translation>「%1」の動画（%2）をデコードできません: %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip “%1” holds no video frames.</source>
        <translation>クリップ「%1」には映像フレームがありません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clip “%1” is incomplete: the file ends after %2 of its %3 frames. It was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>クリップ「%1」は不完全です。ファイルは %3 フレームのうち %2 フレームで終わっています。保存、コピー、またはダウンロードの途中で切れた可能性があります。</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>フレーム %1 は「%2」の終わりより後です。このクリップには %n フレーム（0 ～ %3）があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 秒は「%2」の終わりより後です。このクリップの長さは %3 秒です（%4 fps で %n フレーム。最後のフレームは %5 秒に始まります）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>No clip is open.</source>
        <translation>開いているクリップはありません。</translation>
    </message>
    <message>
        <location filename="../app/media/clipframes_decode.cpp" line="+72"/>
        <source>“%1” cannot be read from its start.</source>
        <translation>「%1」を先頭から読み込めません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 of “%2” is missing: the decoder went on to frame %3. The clip may be damaged.</source>
        <translation>「%2」のフレーム %1 がありません。デコーダーはフレーム %3 に進みました。クリップが破損している可能性があります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be decoded: %2.</source>
        <translation>「%1」をデコードできませんでした: %2。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame %1 of “%2” could not be decoded: the clip is damaged.</source>
        <translation>「%2」のフレーム %1 をデコードできませんでした。クリップが破損しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” ends at frame %2, before frame %3, although it says it has %4 frames: the clip is damaged or cut short.</source>
        <translation>「%1」は %4 フレームあるとされていますが、フレーム %3 より前のフレーム %2 で終わっています。クリップが破損しているか、途中で切れています。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frames of “%1” (%2) cannot be converted to RGB.</source>
        <translation>「%1」のフレーム（%2）を RGB に変換できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory for a %1x%2 frame.</source>
        <translation>%1x%2 のフレームに必要なメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePng</name>
    <message>
        <location filename="../app/media/framepng.cpp" line="+133"/>
        <source>The frame could not be saved as “%1”: %2</source>
        <translation>フレームを「%1」として保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no picture to save.</source>
        <translation>保存する画像がありません。</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePosition</name>
    <message>
        <location filename="../app/media/frameposition.cpp" line="+31"/>
        <source>“%1” is not a frame: frames count from 0 (the first), and times from 0.0 seconds.</source>
        <translation>「%1」はフレームではありません。フレームは 0（最初）から、時刻は 0.0 秒から数えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a frame: give first, last, a frame index from 0 (for example 40) or a time in seconds with a decimal point (for example 2.5).</source>
        <translation>「%1」はフレームではありません。first、last、0 から数えるフレームのインデックス（例: 40）、または小数点付きの秒数（例: 2.5）を指定してください。</translation>
    </message>
</context>
<context>
    <name>wan::media::VideoExport</name>
    <message>
        <location filename="../app/media/mltproject.cpp" line="+24"/>
        <location filename="../app/media/videoexport.cpp" line="+285"/>
        <source>There is nothing to export: name at least one clip.</source>
        <translation>書き出すものがありません。クリップを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/media/videoexport.cpp" line="+93"/>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>「%1」はすでに存在します。別の名前を選ぶか、置き換えを許可してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/media/videoexport.cpp" line="-58"/>
        <source>The trim %1:%2 is outside “%3”: its frames are numbered 0 to %4, and the in point must not come after the out point.</source>
        <translation>トリム %1:%2 は「%3」の範囲外です。フレーム番号は 0 から %4 までで、開始点は終了点より後にできません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/media/videoexport.cpp" line="-22"/>
        <source>There are %1 joins but %2 crossfades: give one crossfade per join.</source>
        <translation>つなぎ目は %1 か所ですが、クロスフェードは %2 個です。つなぎ目ごとに 1 つずつ指定してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <location filename="../app/media/videoexport.cpp" line="+229"/>
        <location filename="../app/media/videoexport_write.cpp" line="+30"/>
        <source>The export could not be written in “%1”: %2. Nothing was left behind.</source>
        <translation>書き出しを「%1」に書き込めませんでした: %2。何も残っていません。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="-415"/>
        <location line="+23"/>
        <location line="+372"/>
        <location line="+40"/>
        <source>The export failed.</source>
        <translation>書き出しに失敗しました。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Say where to save the export.</source>
        <translation>書き出しの保存先を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the crossfade 0 frames or more.</source>
        <translation>サイズは 16 から 8192 ピクセル、フレームレートは 0 より大きく 240 以下、クロスフェードは 0 フレーム以上にしてください。</translation>
    </message>
    <message>
        <location filename="../app/media/mltproject.cpp" line="-131"/>
        <location filename="../app/media/videoexport.cpp" line="+58"/>
        <source>A crossfade of %1 frames does not fit: “%2” has only %3 frames to blend (%4 needed). Choose a shorter crossfade.</source>
        <translation>%1 フレームのクロスフェードは収まりません。「%2」にはブレンドできるフレームが %3 しかありません（%4 必要）。短いクロスフェードを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="+25"/>
        <source>“%1” already exists: the frames go into a new or empty folder. Choose another name.</source>
        <translation>「%1」はすでに存在します。フレーム画像は新しいフォルダーか空のフォルダーに保存されます。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the clips being exported: choose another name.</source>
        <translation>「%1」は書き出すクリップの 1 つです。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” cannot be written.</source>
        <translation>フォルダー「%1」に書き込めません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio exports with, could not be loaded: %1</source>
        <translation>Wan Studio が書き出しに使う FFmpeg ライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../app/media/videoexport_copy.cpp" line="+206"/>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>書き出しは取り消されました。何も残っていません。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The export could not be put in place as “%1”: %2. Nothing was left behind.</source>
        <translation>書き出しを「%1」として配置できませんでした: %2。何も残っていません。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_copy.cpp" line="-36"/>
        <source>The clips could not be copied: %1.</source>
        <translation>クリップをコピーできませんでした: %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clips could not be copied: a clip could not be read again.</source>
        <translation>クリップをコピーできませんでした: クリップを再度読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_read.cpp" line="+94"/>
        <location line="+48"/>
        <source>“%1” cannot be decoded: %2</source>
        <translation>「%1」をデコードできません: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the clip ends at frame %1, before frame %2: it is damaged or cut short.</source>
        <translation>クリップはフレーム %2 の前、フレーム %1 で終わっています。破損しているか途中で切れています。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_write.cpp" line="-5"/>
        <source>The disk is full (or the file grew past the size this computer allows): the export did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>ディスクがいっぱいです（またはファイルがこのコンピューターで許可されたサイズを超えました）。書き出しが「%1」に収まりませんでした。空き容量を増やすか別の場所を選んで、もう一度書き出してください。何も残っていません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The encoder (%1) failed: %2.</source>
        <translation>エンコーダー（%1）が失敗しました: %2。</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This computer&apos;s FFmpeg has no %1 encoder, which this format needs. Install Debian&apos;s libavcodec59 (packaging/install-deps.sh) or choose another format.</source>
        <translation>このコンピューターの FFmpeg には、この形式に必要な %1 エンコーダーがありません。Debian の libavcodec59 をインストールする（packaging/install-deps.sh）か、別の形式を選んでください。</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The disk is full: the frames did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>ディスクがいっぱいです。フレーム画像が「%1」に収まりませんでした。空き容量を増やすか別の場所を選んで、もう一度書き出してください。何も残っていません。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_spill.cpp" line="+33"/>
        <source>The frames to play back could not be kept in “%1”: %2. Free some space there, or export without ping-pong.</source>
        <translation>逆再生用のフレームを「%1」に保存できませんでした: %2。そこに空き容量を作るか、ピンポンなしで書き出してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>a picture of another kind</source>
        <translation>種類の異なる画像</translation>
    </message>
</context>
<context>
    <name>wan::ui::Appearance</name>
    <message>
        <location filename="../ui/common/appearance.cpp" line="+154"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the desktop</source>
        <translation>デスクトップと同じ</translation>
    </message>
</context>
<context>
    <name>wan::ui::ClipStrip</name>
    <message>
        <location filename="../ui/player/clipstrip.cpp" line="+208"/>
        <source>Session clips</source>
        <translation>このセッションのクリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s clips, newest first. Click one to play it.</source>
        <translation>このセッションのクリップです（新しい順）。クリックすると再生します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, at the same moment, playing or paused as it was.</source>
        <translation>%1 と %2 で新しいクリップと古いクリップに移動します。%3 でこのクリップと直前に表示したクリップを同じ時点で切り替えます（再生中か一時停止中かはそのままです）。</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareCaption</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+285"/>
        <source>Settings of clip %1</source>
        <translation>クリップ %1 の設定</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareLockstep</name>
    <message>
        <location filename="../ui/gallery/comparelockstep.cpp" line="+133"/>
        <location line="+53"/>
        <source>the file is damaged or not a video</source>
        <translation>ファイルが破損しているか、動画ではありません</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareSummary</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+47"/>
        <source>Same for all: %1</source>
        <translation>すべて共通: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>完成した動画のない実行 %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 runs are compared.</source>
        <translation>最初の %1 件の実行のみを比較します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+202"/>
        <source>Choose two to four finished runs to compare.</source>
        <translation>比較する完了済みの実行を 2～4 件選択してください。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>クリップ %1 を再生できません: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Compare Runs</source>
        <translation>実行の比較</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1</source>
        <translation>クリップ %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery/compareview_frames.cpp" line="+51"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>フレームを PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y Frame</source>
        <translation>フレームをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from &amp;This Frame</source>
        <translation>このフレームから続ける(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>最後のフレームから続ける(&amp;F)</translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+87"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the clips…</source>
        <translation>クリップを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 動画 (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>WebM 動画 (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (loops, 256 colours)</source>
        <translation>GIF (ループ、256 色)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated WebP (loops)</source>
        <translation>アニメーション WebP (ループ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>PNG フレーム (フォルダー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best (larger file)</source>
        <translation>最高 (ファイルが大きくなります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller file</source>
        <translation>小さいファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality:</source>
        <translation>画質(&amp;Q):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the clip&apos;s</source>
        <translation>クリップのまま</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &amp;rate:</source>
        <translation>フレームレート(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ping-pong loop: forward, then back</source>
        <translation>ピンポンループ: 順再生のあと逆再生(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fr&amp;om frame:</source>
        <translation>開始フレーム(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To frame:</source>
        <translation>終了フレーム(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames</source>
        <translation> フレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossfa&amp;de at joins:</source>
        <translation>つなぎ目のクロスフェード(&amp;D):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Match colours where a clip continues the one before</source>
        <translation>前のクリップの続きである箇所で色を合わせる(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A continuation&apos;s colours drift a little from the frame it starts from; this corrects each continuing clip toward that frame, so the joins do not jump in colour.</source>
        <translation>続きのクリップの色は、開始したフレームから少しずれます。これは続きのクリップをそのフレームに合わせて補正し、つなぎ目で色が跳ばないようにします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>保存先(&amp;A):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>書き出しの進行状況</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;in Folder</source>
        <translation>フォルダーに表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Export</source>
        <translation>書き出しをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is nothing to export.</source>
        <translation>書き出すものがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be exported: %1</source>
        <translation>書き出せるものがありません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>「%1」: %n フレーム、%2 × %3、%4 fps。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n 個のクリップをこの順につなぎます: 合計 %1 フレーム。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>そのうち %n 個は前のクリップの続きで、その最後のフレームを繰り返しています。そのフレームは 1 回だけ表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Use the sequence&apos;s crossfade at each join (%1 frames)</source>
        <translation>各つなぎ目でシーケンスのクロスフェードを使う (%1 フレーム)(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncheck to use the one crossfade above at every join instead</source>
        <translation>オフにすると、代わりに上のクロスフェードをすべてのつなぎ目に使います</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these clips continues the one before it: there is no join to match.</source>
        <translation>これらのクリップはどれも前のクリップの続きではないため、合わせるつなぎ目がありません。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Original (%1 × %2)</source>
        <translation>元のサイズ (%1 × %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the clip&apos;s (%1 fps)</source>
        <translation>クリップのまま (%1 fps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (*.webm)</source>
        <translation>WebM 動画 (*.webm)</translation>
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
        <translation>フレーム用の新しいフォルダー (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export As</source>
        <translation>名前を付けて書き出し</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+47"/>
        <source>Say where to save the export: a file name in “Save as”.</source>
        <translation>保存先を指定してください。「保存先」にファイル名を入力します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the export…</source>
        <translation>書き出しを開始しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the File?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>「%1」は既に存在します。書き出したもので置き換えますか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: choose another name, or agree to replace the file.</source>
        <translation>何も書き出されませんでした。別の名前を選ぶか、ファイルの置き換えを許可してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting: frame %1 of %2</source>
        <translation>書き出し中: %2 フレーム中 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>、残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>、残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>「%1」を保存しました: %n フレーム、%2 × %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clips were copied as they are, without encoding them again.</source>
        <translation>クリップは再エンコードせず、そのままコピーしました。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelling the export…</source>
        <translation>書き出しをキャンセルしています…</translation>
    </message>
</context>
<context>
    <name>wan::ui::FrameSaver</name>
    <message>
        <location filename="../ui/common/framesaver.cpp" line="+30"/>
        <source>last frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>フレーム %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Frame as PNG</source>
        <translation>フレームを PNG で保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The frame could not be taken from the clip: %1</source>
        <translation>クリップからフレームを取り出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame %1 (%2x%3) copied.</source>
        <translation>フレーム %1 (%2x%3) をコピーしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 saved as “%2”.</source>
        <translation>フレーム %1 を「%2」に保存しました。</translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+66"/>
        <source>Preparing preview…</source>
        <translation>プレビューを準備中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>動画なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>続き %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery/galleryview.cpp" line="+53"/>
        <source>Delete Clips</source>
        <translation>クリップの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>プロンプトを検索</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Favourites &amp;only</source>
        <translation>お気に入りのみ(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourites only</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip actions</source>
        <translation>クリップの操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four finished clips side by side (C)</source>
        <translation>完成したクリップ 2～4 本を並べて比較します (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same image as selected</source>
        <translation>選択中と同じ画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No clips match.</source>
        <translation>一致するクリップはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 本のクリップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move %n clip(s) to the trash?</source>
        <translation>
            <numerusform>%n 本のクリップをゴミ箱に移動しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n 件の実行がこれらのクリップの続きです。それらのクリップは残り、続き元が削除されたことが表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the clip “%1”.</source>
        <translation>クリップ「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing clips made from “%1”</source>
        <translation>「%1」から作成したクリップを表示中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the folder “%1”.</source>
        <translation>フォルダー「%1」を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/gallery/galleryview_frames.cpp" line="+89"/>
        <source>Continue from last frame</source>
        <translation>最後のフレームから続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run (E)</source>
        <translation>クリップの正確な最後のフレームが次の実行の画像になります (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chain</source>
        <translation>チェーンを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the clips this one continues, from the first shot to this one, one after the other (H)</source>
        <translation>このクリップに至るクリップを、最初のショットから順に続けて再生します (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)</source>
        <translation>選択したクリップをつないで MP4、WebM、GIF、WebP または PNG フレームとして保存します (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save first frame as PNG…</source>
        <translation>最初のフレームを PNG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save last frame as PNG…</source>
        <translation>最後のフレームを PNG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy first frame</source>
        <translation>最初のフレームをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last frame</source>
        <translation>最後のフレームをコピー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames</source>
        <translation>フレーム</translation>
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
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Waiting</source>
        <translation>待機中</translation>
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
        <translation>クリップ %1、%2 を再生できません: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid: %1 × %2</source>
        <translation>グリッド: %1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%n 件中 %1 件の実行が完了しました。行: %2、列: %3。完了したクリップは一緒に再生されます。ダブルクリックするかボタンを使うと、スタジオで開きます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in Studio</source>
        <translation>スタジオで開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays this clip (%1) in the studio&apos;s player.</source>
        <translation>このクリップ (%1) をスタジオのプレーヤーで再生します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1</source>
        <translation>クリップ %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::HeldRunsBox</name>
    <message>
        <location filename="../ui/dialogs/heldrunsbox.cpp" line="+19"/>
        <source>Runs not sent</source>
        <translation>未送信の実行</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>以前のセッションでキューに追加した %n 件の実行が送信されていません。今すぐ送信しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>これらには何も課金されていません。送信すると約 %1 クレジットかかります。その後作り直した場合は「破棄」を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · queued %2 · %3</source>
        <translation>#%1 · キュー追加 %2 · %3</translation>
    </message>
</context>
<context>
    <name>wan::ui::ImageWell</name>
    <message>
        <location filename="../ui/studio/imagewell.cpp" line="+122"/>
        <location line="+4"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The picture the video starts from. Click (or press Space) to choose a file, drop one here, or paste one with Ctrl+V. The bright frame is the part the video keeps.</source>
        <translation>動画の最初のフレームになる画像です。クリック（または Space キー）でファイルを選択するか、ここにドロップするか、Ctrl+V で貼り付けてください。明るい枠の内側が動画に使われる部分です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size of the picture → size it is uploaded at (just enough to cover the video frame).</source>
        <translation>画像のサイズ → アップロード時のサイズ（動画のフレームを覆うのに必要な分だけ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Image URL</source>
        <translation>画像の URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste an https:// image address</source>
        <translation>または https:// の画像アドレスを貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address of a picture; press Enter to load it. It is downloaded without your API key, for the preview and the upload.</source>
        <translation>画像の https:// アドレスです。Enter キーを押すと読み込みます。プレビューとアップロードのため、API キーを使わずにダウンロードされます。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Downloading image…</source>
        <translation>画像をダウンロード中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading image…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving pasted image…</source>
        <translation>貼り付けた画像を保存中…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.</source>
        <translation>画像がまだ選択されていません。JPEG、PNG、WebP、BMP、TIFF、GIF に対応しています。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an Image</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a picture, an image file or an https:// image address, then paste again.</source>
        <translation>画像、画像ファイル、または https:// の画像アドレスをコピーしてから、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/studio/imagewell_paint.cpp" line="+75"/>
        <source>Click to choose an image,
or drop or paste one here</source>
        <translation>クリックして画像を選択
またはここにドロップ／貼り付け</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Video frame %1x%2</source>
        <translation>動画フレーム %1x%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+109"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+28"/>
        <source>&amp;Player</source>
        <translation>プレーヤー(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+0"/>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="+55"/>
        <source>Runs</source>
        <translation>実行一覧</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Newer Clip</source>
        <translation>新しいクリップ(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older Clip</source>
        <translation>古いクリップ(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flip to the Clip Before (A/B)</source>
        <translation>直前のクリップと切り替え (A/B)(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Runs</source>
        <translation>実行一覧(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> または </translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+33"/>
        <source>Local demo: no AI, no real credits</source>
        <translation>ローカルデモ: AI は使用せず、実際のクレジットも消費しません</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+1"/>
        <location line="+42"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this image, prompt and parameters to %1 (Ctrl+Enter). About %2 credits.</source>
        <translation>この画像、プロンプト、パラメーターを %1 に送信します（Ctrl+Enter）。約 %2 クレジット。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Generate is unavailable</source>
        <translation>生成できない理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>実行の状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-42"/>
        <source>&amp;Cancel run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run progress</source>
        <translation>実行の進行状況</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-1"/>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="-28"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+46"/>
        <source>Se&amp;quences</source>
        <translation>シーケンス(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Image…</source>
        <translation>画像を開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Clip As…</source>
        <translation>クリップに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>パラメーターを既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Variations and Sweeps…</source>
        <translation>バリエーションとスイープ(&amp;V)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Library</source>
        <translation>ライブラリを表示(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;pending…</source>
        <translation>支出(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs &amp;Not Sent…</source>
        <translation>未送信の実行(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh Credits</source>
        <translation>クレジットを更新(&amp;R)</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Wan Studio</source>
        <translation>Wan Studio について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Wan Studio</source>
        <translation>Wan Studio について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Short videos from a still image with Segmind&apos;s %2.&lt;/p&gt;&lt;p&gt;Running on Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD licence&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Segmind の %2 で静止画から短い動画を作ります。&lt;/p&gt;&lt;p&gt;Qt %3 で動作しています。&lt;/p&gt;&lt;p&gt;Wan Studio は MIT ライセンスのフリーソフトウェアです。&lt;/p&gt;&lt;p&gt;使用しているもの:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL バージョン 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD ライセンス&lt;/li&gt;&lt;li&gt;SQLite: パブリックドメイン&lt;/li&gt;&lt;li&gt;FFmpeg（Qt Multimedia 経由）: GNU LGPL バージョン 2.1 以降&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+67"/>
        <source>Runs in progress</source>
        <translation>実行中の処理があります</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n 件の実行がまだ進行中です。Wan Studio を閉じても、サービスはこれらの実行を完了し、課金する場合があります。終了しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add your Segmind API key in Settings to generate.</source>
        <translation>生成するには、設定で Segmind API キーを追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image first: click the image area, drop a file on it, or paste one.</source>
        <translation>まず画像を選択してください。画像エリアをクリックする、ファイルをドロップする、または画像を貼り付けます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a prompt: what should happen in the video?</source>
        <translation>プロンプトを入力してください。動画の中で何が起こりますか？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your balance (%1) is lower than one run&apos;s typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.</source>
        <translation>残高（%1）が 1 回の実行の標準的な費用（%2）を下回っています。サービスが実行を拒否する可能性があります。Segmind コンソールの Billing でチャージしてください。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A run from the last session was fetched: %1</source>
        <translation>前回のセッションの実行を取得しました: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1% · %2</source>
        <comment>the runs&apos; progress while the window is minimized, then the title</comment>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The balance is lower than one run&apos;s typical cost (%1). Top up in the Segmind console under Billing.</source>
        <translation>残高が 1 回の実行の標準的な費用（%1）を下回っています。Segmind コンソールの Billing でチャージしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Segmind balance, as the service last reported it.</source>
        <translation>サービスから最後に報告された Segmind の残高です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wan Studio — local demo: no AI, no real credits</source>
        <translation>Wan Studio — ローカルデモ: AI は使用せず、実際のクレジットも消費しません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wan Studio</source>
        <translation>Wan Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_library.cpp" line="+77"/>
        <source>Settings restored: the image, prompt and every parameter; the seed stays random.</source>
        <translation>設定を復元しました: 画像、プロンプト、およびすべてのパラメーター。シードはランダムのままです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings restored: the image, prompt and every parameter, seed %1 included.</source>
        <translation>設定を復元しました: 画像、プロンプト、およびシード %1 を含むすべてのパラメーター。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>%n 件の実行をキューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>%n 本のクリップを比較 — Wan Studio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 holds no Wan Studio settings (only clips made by Wan Studio do).</source>
        <translation>%1 には Wan Studio の設定が含まれていません（設定が含まれるのは Wan Studio で作成したクリップだけです）。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+104"/>
        <location line="+4"/>
        <source>Taking the last frame of “%1”…</source>
        <translation>「%1」の最後のフレームを取り出しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking frame %1 of “%2”…</source>
        <translation>「%2」のフレーム %1 を取り出しています…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not continue from “%1”: %2</source>
        <translation>「%1」から続けられませんでした: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.</source>
        <translation>画像は「%2」のフレーム %1 そのものです。プロンプトを編集して生成してください。新しい実行はこのクリップの続きであることを記録します。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This chain has no finished clip to play.</source>
        <translation>このチェーンには再生できる完成したクリップがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>%n 本のクリップのチェーンを順に再生しています: %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts at %1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>%1 から始まります: その前のクリップ (#%2) はライブラリから削除されました。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_export.cpp" line="+24"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped</source>
        <translation>クリップを MP4、WebM、GIF、アニメーション WebP または PNG フレームとして保存します (トリミング、サイズ変更、ループ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no clip to export: play one first.</source>
        <translation>書き出すクリップがありません。まずクリップを再生してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sequences live in the library, which is not open.</source>
        <translation>シーケンスはライブラリにありますが、ライブラリが開いていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sequence %1 in the library.</source>
        <translation>ライブラリにシーケンス %1 はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sequence “%1” is empty: add clips to it, then export it.</source>
        <translation>シーケンス「%1」は空です。クリップを追加してから書き出してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 of the sequence “%2” is no longer in the library: take it out of the sequence, then export it.</source>
        <translation>シーケンス「%2」の実行 %1 はもうライブラリにありません。シーケンスから外してから書き出してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+22"/>
        <source>Make Sequence from Chain</source>
        <translation>チェーンからシーケンスを作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new sequence of the clips this one continues and the clips that continue it, first shot first</source>
        <translation>このクリップが続けているクリップと、このクリップを続けるクリップからなる新しいシーケンス（最初のショットから順に）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Sequence…</source>
        <translation>新しいシーケンス…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Sequence</source>
        <translation>シーケンスに追加</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous Join</source>
        <translation>前のつなぎ目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>次のつなぎ目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Review</source>
        <translation>確認を終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sequence</source>
        <translation>シーケンスに戻る</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Join %1 of %2: a continuation, its repeated frame dropped</source>
        <translation>つなぎ目 %1/%2: 続きのクリップ。重複したフレームは除かれます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join %1 of %2: a cut</source>
        <translation>つなぎ目 %1/%2: カット</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame).</source>
        <translation>このクリップは完成したクリップのチェーンに含まれていません。先に続きを作成してください(最後のフレームから続ける)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of #%1</source>
        <translation>#%1 のチェーン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain starts at #%1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>チェーンは #%1 から始まります。続けていたクリップ(#%2)はライブラリから削除されました。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>チェーンのうち %n 個のクリップに複数の続きがありました。毎回、最初に作られた続きを使いました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>このバッチの %n 件の実行が保留されています。どれも送信されておらず、料金もかかっていません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent or charged.</source>
        <translation>何も送信されておらず、料金もかかっていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>それでも送信(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t Send</source>
        <translation>送信しない(&amp;D)</translation>
    </message>
</context>
<context>
    <name>wan::ui::MediaPlayback</name>
    <message>
        <location filename="../ui/player/mediaengine.cpp" line="+58"/>
        <source>the video player could not be loaded (%1); reinstall Wan Studio</source>
        <translation>動画プレーヤーを読み込めませんでした（%1）。Wan Studio を再インストールしてください</translation>
    </message>
</context>
<context>
    <name>wan::ui::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+21"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>wan::ui::ParameterForm</name>
    <message>
        <location filename="../ui/studio/parameterform.cpp" line="+104"/>
        <source>Ra&amp;ndom each run</source>
        <translation>実行ごとにランダム(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse &amp;last seed</source>
        <translation>前回のシードを再利用(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Clip length</source>
        <translation>クリップの長さ</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Set every parameter back to the model&apos;s default.</source>
        <translation>すべてのパラメーターをモデルの既定値に戻します。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Show or hide the parameters that are rarely changed.</source>
        <translation>あまり変更しないパラメーターを表示または非表示にします。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Use a different random seed for every run. The seed actually used is kept with each result.</source>
        <translation>実行ごとに異なるランダムなシードを使用します。実際に使用したシードは各結果と一緒に保存されます。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Put the seed of the last run (%1) into the field.</source>
        <translation>前回の実行のシード（%1）を入力欄に入れます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once a run has finished.</source>
        <translation>実行が完了すると使用できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 frames at %2 fps = %3 s</source>
        <translation>%1 フレーム、%2 fps = %3 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/playercontrols.cpp" line="+191"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>ループ再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy File Path</source>
        <translation>ファイルパスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: %1</source>
        <translation>ショートカット: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag or use the arrow keys to move through the clip</source>
        <translation>ドラッグするか矢印キーを使って、クリップ内を移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback Speed</source>
        <translation>再生速度</translation>
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
        <translation>現在の再生時間とクリップの長さ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · frame %2</source>
        <translation>%1 · フレーム %2</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerView</name>
    <message>
        <location filename="../ui/player/playerview.cpp" line="+57"/>
        <location line="+8"/>
        <source>Could not read the clip: %1</source>
        <translation>クリップを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the file is damaged or not a video</source>
        <translation>ファイルが破損しているか、動画ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clip cannot be played: %1</source>
        <translation>このクリップは再生できません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This clip cannot be played: the file is damaged or not a video.</source>
        <translation>このクリップは再生できません: ファイルが破損しているか、動画ではありません。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The clip “%1” could not be found.</source>
        <translation>クリップ「%1」が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save Clip As</source>
        <translation>クリップに名前を付けて保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no clip to save.</source>
        <translation>保存するクリップがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Saved the clip as “%1”.</source>
        <translation>クリップを「%1」として保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the clip&apos;s path to the clipboard.</source>
        <translation>クリップのパスをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the folder “%1”.</source>
        <translation>フォルダー「%1」を開けませんでした。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your clip will play here</source>
        <translation>ここでクリップが再生されます</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+397"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location filename="../ui/player/playerview_frames.cpp" line="+54"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>フレームを PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the frame on screen, decoded at the clip&apos;s full size, with the run&apos;s settings</source>
        <translation>表示中のフレームを、クリップの元のサイズでデコードし、実行の設定とともに保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Frame</source>
        <translation>フレームをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;This Frame</source>
        <translation>このフレームから続ける(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>最後のフレームから続ける(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run</source>
        <translation>クリップの正確な最後のフレームが次の実行の画像になります</translation>
    </message>
</context>
<context>
    <name>wan::ui::PromptEditor</name>
    <message>
        <location filename="../ui/studio/prompteditor.cpp" line="+51"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what happens in the clip: what moves, how the camera moves, the light and mood. %1 generates.</source>
        <translation>クリップの中で起こることを説明してください。何が動くか、カメラの動き、光や雰囲気など。%1 で生成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt sent with the image. %1 generates.</source>
        <translation>画像と一緒に送信されるプロンプトです。%1 で生成します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt length warning</source>
        <translation>プロンプトの長さの警告</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>最近のプロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the last prompts you generated with into the editor.</source>
        <translation>最近生成に使用したプロンプトをエディターに入れます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Shot vocabulary</source>
        <translation>ショット用語集</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the cursor (%1).</source>
        <translation>カメラの動き、ショットサイズ、レンズ、照明、動きの速さ、雰囲気: モデルが従う表現を、カーソル位置に挿入します (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 文字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This prompt is very long: %L1 characters (about 1,000 work well). It is sent unchanged; the service may refuse it or use only part of it. Shorten it to be sure.</source>
        <translation>このプロンプトはとても長いです: %L1 文字（1,000 文字程度がうまくいきます）。そのまま送信されますが、サービスが拒否したり一部しか使わなかったりする場合があります。確実にするには短くしてください。</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunDifferences</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="-205"/>
        <source>Differs between the compared runs</source>
        <translation>比較した実行の間で異なります</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>オフ</translation>
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
        <translation>（プロンプトなし）</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsView</name>
    <message>
        <location filename="../ui/shell/runsview.cpp" line="+109"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway (past the budget cap)</source>
        <translation>予算上限を超えて送信する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from last frame</source>
        <translation>最後のフレームから続ける</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not open the folder “%1”.</source>
        <translation>フォルダー「%1」を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message>
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+166"/>
        <source>Continues the clip before: its repeated first frame is dropped</source>
        <translation>前のクリップの続き: 重複した最初のフレームは除かれます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continues frame %1 of the clip before, which is not its out point: nothing dropped</source>
        <translation>前のクリップのフレーム %1 の続きですが、そこは終了点ではありません: 何も除かれません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cut: nothing dropped</source>
        <translation>カット: 何も除かれません</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>(%n フレームのクロスフェード)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1. #%2 (no longer in the library)</source>
        <translation>%1. #%2(ライブラリにありません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. #%2</source>
        <translation>%1. #%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. #%2 · frames %3–%4</source>
        <translation>%1. #%2 · フレーム %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join: repeated frame dropped</source>
        <translation>つなぎ目: 重複フレームを除外</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join: nothing dropped</source>
        <translation>つなぎ目: 除外なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was deleted from the library.</source>
        <translation>この実行はライブラリから削除されました。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message>
        <location filename="../ui/gallery/sequencepanel.cpp" line="+206"/>
        <source>Delete Sequence</source>
        <translation>シーケンスを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sequence “%1”? Its clips stay in the Library.</source>
        <translation>シーケンス「%1」を削除しますか? クリップはライブラリに残ります。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>シーケンス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty sequence; add clips from the Library (its context menu, or drag them here)</source>
        <translation>新しい空のシーケンス。ライブラリからクリップを追加します(コンテキストメニュー、またはここへドラッグ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sequence (its clips stay in the Library)</source>
        <translation>このシーケンスを削除します(クリップはライブラリに残ります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to reorder; Delete removes the selected clip</source>
        <translation>ドラッグで並べ替え。Delete キーで選択したクリップを外します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>In:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Out:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set In</source>
        <translation>開始点に設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the first frame (I)</source>
        <translation>カーソル位置のフレームを最初のフレームにします (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Out</source>
        <translation>終了点に設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the last frame (O)</source>
        <translation>カーソル位置のフレームを最後のフレームにします (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Crossfade:</source>
        <translation>クロスフェード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended with the clip before, in the player and in an export</source>
        <translation>前のクリップと重ねて溶け合わせるフレーム数（プレーヤーと書き出しの両方）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Clip</source>
        <translation>クリップを外す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sequence</source>
        <translation>シーケンスを再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the whole sequence in the player, with one scrub bar across it</source>
        <translation>シーケンス全体をプレーヤーで再生します(全体で 1 本のシークバー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Seam</source>
        <translation>つなぎ目を確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop one second around a join: half a second before it, half a second after</source>
        <translation>つなぎ目の前後 1 秒(前 0.5 秒、後 0.5 秒)を繰り返し再生します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Join</source>
        <translation>前のつなぎ目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>次のつなぎ目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Editor (MLT)…</source>
        <translation>編集ソフト用に書き出し (MLT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MLT project for Shotcut or Kdenlive, referring to the original clips</source>
        <translation>元のクリップを参照する Shotcut / Kdenlive 用の MLT プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point</source>
        <translation>クリックまたはドラッグでフレームを選択。左右キーで 1 フレーム移動(Shift: 10)、I と O で開始点と終了点を設定</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Join before this clip: %1</source>
        <translation>このクリップの前のつなぎ目: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first clip of the sequence.</source>
        <translation>シーケンスの最初のクリップです。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a clip to trim it.</source>
        <translation>トリミングするクリップを選んでください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sequence yet: make one with New…, or from a chain in the Library (its context menu).</source>
        <translation>シーケンスはまだありません。「新規…」で作成するか、ライブラリのチェーンから作成してください(コンテキストメニュー)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sequence.</source>
        <translation>シーケンスを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence is empty: add clips from the Library (its context menu, or drag them here).</source>
        <translation>このシーケンスは空です。ライブラリからクリップを追加してください(コンテキストメニュー、またはここへドラッグ)。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 個のクリップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n repeated frame(s) dropped at the joins</source>
        <translation>
            <numerusform>つなぎ目で重複フレーム %n 枚を除外</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+153"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>The sequence could not be saved: %1</source>
        <translation>シーケンスを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Made the sequence “%1”.</source>
        <translation>シーケンス「%1」を作成しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>「%1」に %n 個のクリップを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>That sequence is no longer in the library.</source>
        <translation>そのシーケンスはもうライブラリにありません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only finished clips can go in a sequence.</source>
        <translation>シーケンスに入れられるのは完成したクリップだけです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Sequence</source>
        <translation>新しいシーケンス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new sequence:</source>
        <translation>新しいシーケンスの名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence %1</source>
        <translation>シーケンス %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Sequence</source>
        <translation>シーケンスの名前を変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the sequence:</source>
        <translation>シーケンスの新しい名前:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sequence could not be deleted: %1</source>
        <translation>シーケンスを削除できませんでした: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for Editor (MLT)</source>
        <translation>編集ソフト用に書き出し (MLT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLT project (*.mlt)</source>
        <translation>MLT プロジェクト (*.mlt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sequence is empty: there is nothing to export.</source>
        <translation>このシーケンスは空です。書き出すものがありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the MLT project “%1” for Shotcut or Kdenlive.</source>
        <translation>Shotcut / Kdenlive 用の MLT プロジェクト「%1」を書き出しました。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceStrip</name>
    <message>
        <location filename="../ui/gallery/sequencestrip.cpp" line="+28"/>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+111"/>
        <source>Frame %1</source>
        <translation>フレーム %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a clip of the sequence</source>
        <translation>シーケンスのクリップを選んでください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the clip…</source>
        <translation>クリップを読み込み中…</translation>
    </message>
</context>
<context>
    <name>wan::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmind API key</source>
        <translation>Segmind API キー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SG_… (leave empty to keep the stored key)</source>
        <translation>SG_…（保存済みのキーを使い続ける場合は空欄のまま）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file.</source>
        <translation>Segmind コンソール（API Keys）で取得したキーです。キーはシステムのキーチェーンに保存され、ファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the service for the balance with this key.</source>
        <translation>このキーを使ってサービスに残高を問い合わせます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove stored key</source>
        <translation>保存済みのキーを削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit and poll (recommended)</source>
        <translation>送信してポーリング（推奨）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One blocking call (v1)</source>
        <translation>1 回のブロッキング呼び出し（v1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit and poll survives network drops and restarts; the blocking call is Segmind&apos;s older API.</source>
        <translation>「送信してポーリング」は、ネットワークの切断や再起動があっても継続できます。ブロッキング呼び出しは Segmind の旧 API です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs at &amp;once:</source>
        <translation>同時実行数(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Results folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;folder:</source>
        <translation>出力フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify when a run finishes while the window is in the background</source>
        <translation>ウィンドウがバックグラウンドにあるときに実行が完了したら通知する(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> credits</source>
        <translation> クレジット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budget</source>
        <translation>1 日の予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily budget:</source>
        <translation>1 日の予算(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take today&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>今日の支出がこの額を超える実行は、それでも送信するまで保留されます。0 は上限なしです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>1 か月の予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mont&amp;hly budget:</source>
        <translation>1 か月の予算(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take this month&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>今月の支出がこの額を超える実行は、それでも送信するまで保留されます。0 は上限なしです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the menus, buttons and messages. System default follows the language of this computer.</source>
        <translation>メニュー、ボタン、メッセージの言語です。「システムの既定」はこのコンピューターの言語に従います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wan Studio will use the new language the next time it starts.</source>
        <translation>新しい言語は Wan Studio の次回起動時から使われます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours for Wan Studio, or the desktop&apos;s own. Text size follows the desktop&apos;s font settings.</source>
        <translation>Wan Studio の配色をライト、ダーク、ハイコントラスト、またはデスクトップと同じにします。文字の大きさはデスクトップのフォント設定に従います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced: service addresses</source>
        <translation>詳細設定: サービスのアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;API base:</source>
        <translation>API ベースアドレス(&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base</source>
        <translation>API ベースアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload base:</source>
        <translation>アップロードベースアドレス(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload base</source>
        <translation>アップロードベースアドレス</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>OK を押すと、保存済みのキーが削除されます。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos cannot be saved in this results folder. %1 %2</source>
        <translation>この出力フォルダーには動画を保存できません。%1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key is stored (leave empty to keep it)</source>
        <translation>キーは保存済みです（そのまま使う場合は空欄のまま）</translation>
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
        <translation>ショット用語集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. camera, light, slow</source>
        <translation>例: camera、light、slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group.</source>
        <translation>入力した文字で始まる語を、フレーズ・説明・グループのいずれかに含むフレーズだけを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>表現(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a phrase, or press Enter on it, to put it into the prompt at the cursor.</source>
        <translation>表現をクリックするか、選んで Enter キーを押すと、プロンプトのカーソル位置に挿入されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>表現</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to insert at the prompt&apos;s cursor. The phrases stay in English, as the model reads them.</source>
        <translation>クリックまたは Enter キーでプロンプトのカーソル位置に挿入します。表現はモデルが読むとおり英語のままです。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No phrase matches &quot;%1&quot;.</source>
        <translation>「%1」に一致する表現はありません。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SpendingDialog</name>
    <message>
        <location filename="../ui/dialogs/spendingdialog.cpp" line="+102"/>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the library…</source>
        <translation>ライブラリを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <location line="+4"/>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per &amp;month:</source>
        <translation>月ごとの合計(&amp;M):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spend shown:</source>
        <translation>表示する支出:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>日ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The library could not be read: %1</source>
        <translation>ライブラリを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>合計: 課金された %n 回の実行で %1 クレジット。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n 回の実行を標準コストで数えました。サービスが金額を示さなかったためです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>残したクリップ 1 本あたり: %1 クレジット（お気に入り %n 本）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library).</source>
        <translation>残したクリップあたり: お気に入りはまだありません (残すクリップをライブラリでお気に入りにしてください)。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>失敗・キャンセル・期限切れの実行: %n 回、%1 クレジット。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>そのうち期限切れの %n 件の実行に %1 クレジットかかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>失敗した %n 回の実行は、コストが記録されないまま課金された可能性があります。Segmind のコンソールで確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.</source>
        <translation>グラフは使用できません (%1)。上の合計はすべてを含み、CSV の書き出しには各日と各実行が含まれます。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>週ごとの支出 (直近 %n 週)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>日ごとの支出 (直近 %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over time</source>
        <translation>残高の推移</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Spending as CSV</source>
        <translation>支出を CSV に書き出す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported the days to %1 and the runs to %2.</source>
        <translation>日ごとの集計を %1 に、実行を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1. Choose another folder and try again.</source>
        <translation>書き出せませんでした: %1。別のフォルダーを選んでもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message>
        <location filename="../ui/shell/studioapp.cpp" line="+83"/>
        <source>Batch stopped</source>
        <translation>バッチを停止しました</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>残高が次の実行分に足りないため、バッチのうち %n 件の実行を送信しませんでした。これらの実行は課金されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Library unavailable</source>
        <translation>ライブラリを使用できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened, so runs cannot be recorded and Generate is off: %1</source>
        <translation>ライブラリを開けなかったため、実行を記録できず、生成は無効になっています: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened: %1</source>
        <translation>ライブラリを開けませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is damaged: %1</source>
        <translation>ライブラリが破損しています: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library damaged</source>
        <translation>ライブラリの破損</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is damaged: %1

Wan Studio can keep the damaged file aside and list your clips again from the results folder. Without a library, runs cannot be recorded and Generate is off.</source>
        <translation>ライブラリが破損しています: %1

Wan Studio は破損したファイルを別に保管し、出力フォルダーからクリップを再登録できます。ライブラリがないと実行を記録できず、生成は無効になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebuild from clips</source>
        <translation>クリップから再構築(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without library</source>
        <translation>ライブラリなしで続行(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is being rebuilt from your clips.</source>
        <translation>クリップからライブラリを再構築しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>%n 本のクリップを再登録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n 個のファイルには Wan Studio の設定がなかったため、スキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged library was kept as %1.</source>
        <translation>破損したライブラリは %1 として保管されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library rebuilt</source>
        <translation>ライブラリを再構築しました</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The local demo server did not start.</source>
        <translation>ローカルデモサーバーを起動できませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key works; the balance is %1.</source>
        <translation>キーは有効です。残高は %1 です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a key to test.</source>
        <translation>テストするキーを入力してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key in use comes from the SEGMIND_API_KEY environment variable.</source>
        <translation>使用中のキーは環境変数 SEGMIND_API_KEY から取得したものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key entered here is kept for this session only.</source>
        <translation>ここで入力したキーは、このセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message>
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+85"/>
        <source>Variations and sweeps</source>
        <translation>バリエーションとスイープ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of batch</source>
        <translation>バッチの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>バリエーション(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;weep</source>
        <translation>スイープ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>グリッド(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request several times, each with its own seed.</source>
        <translation>同じリクエストを、それぞれ異なるシードで複数回実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request and seed, with one parameter taking several values.</source>
        <translation>同じリクエストとシードで、1 つのパラメーターだけを複数の値に変えて実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two things varied against each other (prompt alternatives, seeds or a parameter), shown side by side when the runs are done.</source>
        <translation>2 つの要素 (プロンプトの候補、シード、またはパラメーター) を掛け合わせて変化させ、実行が終わると並べて表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every prompt the alternatives make, in full, as it will be sent.</source>
        <translation>候補から作られるすべてのプロンプトを、送信されるとおり全文で表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pl&amp;anned prompts:</source>
        <translation>予定しているプロンプト(&amp;A):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs that will be queued, in order.</source>
        <translation>キューに追加される実行（順番どおり）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned r&amp;uns:</source>
        <translation>予定している実行(&amp;U):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each run costs about %1 credits; the balance is the one the service last reported.</source>
        <translation>1 回の実行につき約 %1 クレジットかかります。残高はサービスから最後に報告された値です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>&amp;Queue runs</source>
        <translation>実行をキューに追加(&amp;Q)</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Closes without queueing anything.</source>
        <translation>何もキューに追加せずに閉じます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt each; write \{ for a literal brace.</source>
        <translation>スタジオのプロンプトです。波かっこ内の候補 {golden hour|blue hour} はそれぞれ 1 つのプロンプトになります。波かっこそのものは \{ と書きます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many seeds each prompt is tried with; each run costs about %1 credits.</source>
        <translation>各プロンプトを試すシードの数です。1 回の実行は約 %1 クレジットかかります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs to queue; each costs about %1 credits.</source>
        <translation>キューに追加する実行の数です。1 回につき約 %1 クレジットかかります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of runs:</source>
        <translation>実行回数(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds &amp;per prompt:</source>
        <translation>プロンプトごとのシード数(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Random seeds</source>
        <translation>ランダムなシード(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different random seed for every run; each seed is recorded so a run can be repeated.</source>
        <translation>実行ごとに異なるランダムなシードを使います。各シードは記録されるので、同じ実行を再現できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw new seeds</source>
        <translation>新しいシードを生成(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws another set of random seeds.</source>
        <translation>ランダムなシードを新しく生成し直します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onsecutive seeds</source>
        <translation>連番シード(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds counting up from the start seed: start, start + 1, …</source>
        <translation>開始シードから 1 ずつ増えるシード: 開始値、開始値 + 1、…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first of the consecutive seeds, from 0 to %1.</source>
        <translation>連番シードの最初の値（0～%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start seed:</source>
        <translation>開始シード(&amp;S):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+136"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parameter that changes from run to run; everything else, the seed included, stays.</source>
        <translation>実行ごとに変化させるパラメーターです。シードを含め、それ以外はすべて固定されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>パラメーター(&amp;P):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List:</source>
        <translation>リスト(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the values you type.</source>
        <translation>入力した値を試します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals.</source>
        <translation>試す値をカンマ区切りで入力します（例: 4, 8, 12, 16）。小数点にはピリオドを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Range:</source>
        <translation>範囲(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try every value from a start to an end in equal steps.</source>
        <translation>開始値から終了値まで、一定の間隔ですべての値を試します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first value.</source>
        <translation>最初の値。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last value (reached when the steps land on it).</source>
        <translation>最後の値（間隔がちょうど一致した場合に含まれます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distance between two values.</source>
        <translation>隣り合う値の間隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>開始値(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>終了値(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ep</source>
        <translation>間隔(&amp;E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allowed: %1.</source>
        <translation>指定可能な値: %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+22"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no numeric parameter to sweep.</source>
        <translation>%1 にはスイープできる数値パラメーターがありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>seed %1 (drawn once for the whole sweep)</source>
        <translation>シード %1（スイープ全体で 1 回だけ生成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run uses %1, so only the prompt and %2 change.</source>
        <translation>すべての実行で %1 を使うため、変わるのはプロンプトと %2 だけです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only %2 changes.</source>
        <translation>すべての実行で %1 を使用するため、変化するのは %2 だけです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only the two axes change.</source>
        <translation>すべての実行で %1 を使うため、変わるのは 2 つの軸だけです。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs planned.</source>
        <translation>予定されている実行はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.</source>
        <translation>残高 %1 では 1 回の実行（約 %2 クレジット）も賄えません。先に Segmind アカウントにチャージしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>%n 件の実行をキューに追加(&amp;Q)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds these runs to the queue; they start as the queue has room.</source>
        <translation>これらの実行をキューに追加します。キューに空きができ次第、開始されます。</translation>
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
            <numerusform>予定しているプロンプト (%n)(&amp;A):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="-95"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows and columns each vary one thing, at most %1 values each; every cell is one run, and the grid opens side by side when they are done.</source>
        <translation>行と列はそれぞれ 1 つの要素を最大 %1 個の値で変化させます。各セルが 1 回の実行で、終わるとグリッドが並べて開きます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changes from one row of the grid to the next.</source>
        <translation>グリッドの行ごとに変わるもの。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes from one column of the grid to the next.</source>
        <translation>グリッドの列ごとに変わるもの。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves.</source>
        <translation>試す値をカンマ区切りで入力します (例: 4, 8, 12)。シードの場合はシードそのもの。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;ows:</source>
        <translation>行(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row va&amp;lues:</source>
        <translation>行の値(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mn values:</source>
        <translation>列の値(&amp;M):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prompt alternatives</source>
        <translation>プロンプトの候補</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>プロンプト内の波かっこから作られる %n 個のプロンプト。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write alternatives in the prompt first, e.g. {golden hour|blue hour}.</source>
        <translation>先にプロンプトに候補を書いてください (例: {golden hour|blue hour})。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request with the seeds you list.</source>
        <translation>入力したシードで同じリクエストを実行します。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>波かっこから %n 個のプロンプト</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no alternatives in the prompt</source>
        <translation>プロンプトに候補がありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A seed is a whole number: %1 is not.</source>
        <translation>シードは整数です: %1 は整数ではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>列: %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="+18"/>
        <source>Welcome to Wan Studio</source>
        <translation>Wan Studio へようこそ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio turns a still image into a short video with Segmind&apos;s Wan 2.2 model. Each run takes about a minute and costs about US$0.09 of Segmind credits.&lt;/p&gt;&lt;p&gt;To generate, you need a Segmind API key: sign in at &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, open &lt;b&gt;API Keys&lt;/b&gt;, create a key and paste it below. It is kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wan Studio へようこそ&lt;/h2&gt;&lt;p&gt;Wan Studio は、Segmind の Wan 2.2 モデルを使って静止画を短い動画に変換します。1 回の実行にかかる時間は約 1 分、費用は Segmind クレジットで約 US$0.09 です。&lt;/p&gt;&lt;p&gt;生成するには Segmind API キーが必要です。&lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt; にサインインし、&lt;b&gt;API Keys&lt;/b&gt; を開いてキーを作成し、下に貼り付けてください。キーはシステムのキーチェーンに保存され、ファイルに書き込まれることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test key</source>
        <translation>キーをテスト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key for this session only</source>
        <translation>このセッションの間だけキーを保持する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wan Studio never stores the key in a plain file, so it will be kept for this session only.</source>
        <translation>Wan Studio はキーを通常のファイルに保存しないため、キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this key</source>
        <translation>このキーを使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>このキーを使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the local &amp;demo</source>
        <translation>ローカルデモを試す(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local demo</source>
        <translation>ローカルデモを試す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.</source>
        <translation>Segmind の代わりとなるローカルサーバーを実行します。画像にテストパターンを重ねた実際のクリップが作成されます。AI は使用せず、クレジットも消費しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo server is not installed with this copy of Wan Studio.</source>
        <translation>この Wan Studio にはローカルデモサーバーがインストールされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character.</source>
        <translation>Segmind のキーは SG_ の後に英数字 16 文字が続く形式です。文字が欠けていないか確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
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
