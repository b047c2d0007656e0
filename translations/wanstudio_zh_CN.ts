<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wan::api::ApiErrors</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+8"/>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key</source>
        <translation>缺少 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model not permitted</source>
        <translation>无权使用该模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model retired</source>
        <translation>模型已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint not found</source>
        <translation>找不到端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough credits</source>
        <translation>积分不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>请求频率受限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service failed</source>
        <translation>服务出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged video</source>
        <translation>视频已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result expired</source>
        <translation>结果已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecure address</source>
        <translation>不安全的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+70"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> 服务返回：“%1”。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The service refused the request as invalid while %1 (HTTP 400).</source>
        <translation>在%1时，服务认为请求无效并拒绝了该请求（HTTP 400）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prompt and the parameters, then try again.</source>
        <translation>请检查提示词和参数，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the API key while %1 (HTTP %2).</source>
        <translation>在%1时，服务拒绝了 API 密钥（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.</source>
        <translation>请在设置中检查密钥（以 SG_ 开头），或在 Segmind 控制台中创建新密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. Nothing was charged.</source>
        <translation>您的 Segmind 账户或团队无权使用此模型（HTTP 403）；API 密钥本身已被接受。未产生任何费用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your team&apos;s Segmind admin for access to the model, or use a key of an account that has it.</source>
        <translation>请让团队的 Segmind 管理员为您开通此模型的访问权限，或使用有权访问此模型的账户的密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service has no such endpoint while %1 (HTTP %2).</source>
        <translation>在%1时，服务上不存在该端点（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; the default is https://api.segmind.com.</source>
        <translation>请在设置中检查 API 基础地址；默认值为 https://api.segmind.com。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP %1).</source>
        <translation>您的 Segmind 账户积分不足，无法执行此任务（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up your credits in the Segmind console (Billing), then try again.</source>
        <translation>请在 Segmind 控制台（Billing）中充值积分，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segmind has retired this model (HTTP 410); nothing was charged.</source>
        <translation>Segmind 已停用此模型（HTTP 410）；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for its successor on segmind.com; a newer Wan Studio may support it.</source>
        <translation>请在 segmind.com 上查找其后继模型；更新版本的 Wan Studio 可能支持它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.</source>
        <translation>在%1时，服务执行了该请求但失败了（HTTP 422）；失败的任务不会计费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Try again, perhaps with another prompt, image or settings.</source>
        <translation>请重试，或换用其他提示词、图像或设置。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The service is rate limiting requests while %1 (HTTP 429).</source>
        <translation>在%1时，服务限制了请求频率（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and try again, or run fewer generations at once.</source>
        <translation>请等待一分钟后重试，或减少同时进行的生成任务数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had a problem while %1 (HTTP %2); no video was made.</source>
        <translation>在%1时服务出现问题（HTTP %2），未生成视频。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a little while; if it keeps failing, check Segmind&apos;s status page.</source>
        <translation>请稍后重试；如果仍然失败，请查看 Segmind 的状态页面。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1 while %2.</source>
        <translation>在%2时，服务返回了意外的 HTTP 状态 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings.</source>
        <translation>请重试；如果问题反复出现，请在设置中检查 API 基础地址。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the request&apos;s content type while %1 (HTTP 406); nothing was charged.</source>
        <translation>在%1时，服务拒绝了请求的内容类型（HTTP 406）；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.</source>
        <translation>这是 Wan Studio 或中间代理的故障；如果问题反复出现，请报告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team&apos;s spend limit on Segmind is reached (HTTP 406); nothing was charged.</source>
        <translation>您的团队在 Segmind 上的支出已达上限（HTTP 406）；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your team&apos;s Segmind admin to raise the limit, or wait until it resets.</source>
        <translation>请让团队的 Segmind 管理员提高上限，或等待上限重置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.</source>
        <translation>您的 Segmind 账户积分不足，无法执行此任务（HTTP 406）；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance must cover the model&apos;s whole cost, not only be above zero. Top up in the Segmind console (Billing), then try again.</source>
        <translation>余额必须足以支付模型的全部费用，而不仅仅是大于零。请在 Segmind 控制台（Billing）中充值，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused a parameter before running while %1 (HTTP 406); nothing was charged.</source>
        <translation>在%1时，服务在运行前拒绝了某个参数（HTTP 406）；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the value the service names, then try again.</source>
        <translation>请修改服务指出的值，然后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Segmind API key is set.</source>
        <translation>尚未设置 Segmind API 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.</source>
        <translation>请在设置中添加密钥，或设置 SEGMIND_API_KEY；密钥可在 Segmind 控制台的 API Keys 页面获取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed while %1: %2.</source>
        <translation>在%1时连接失败：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and try again.</source>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service did not answer in time while %1.</source>
        <translation>在%1时，服务未能及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your connection and try again.</source>
        <translation>请检查连接，然后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service gave an answer Wan Studio cannot read while %1: %2.</source>
        <translation>在%1时，服务返回了 Wan Studio 无法读取的响应：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).</source>
        <translation>请重试；如果问题反复出现，请在设置中检查 API 基础地址（可能是代理或网络登录页面代替服务作出了响应）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded video is not usable: %1.</source>
        <translation>下载的视频无法使用：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>请重新下载；结果会在服务上保留一小时。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service no longer has this run: results are kept for one hour after submission.</source>
        <translation>服务上已没有此任务：结果仅在提交后保留一小时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate it again (this is a new, charged run).</source>
        <translation>请重新生成（这将作为新任务计费）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service could not make the video: %1.</source>
        <translation>服务未能生成视频：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, perhaps with other settings; a failed run is not charged.</source>
        <translation>请重试，或换用其他设置；失败的任务不会计费。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run failed on the service: %1. Failed runs are not charged.</source>
        <translation>任务在服务端失败：%1。失败的任务不会计费。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).</source>
        <translation>请使用 https:// 地址（未加密的 http:// 仅允许用于本机，例如 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video could not be saved: %1.</source>
        <translation>无法保存视频：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some disk space or choose another results folder, then download again.</source>
        <translation>请释放磁盘空间或选择其他输出文件夹，然后重新下载。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped waiting. The service had already accepted this run, so it may still be charged.</source>
        <translation>已停止等待。服务已接受此任务，因此仍可能计费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before anything was sent; nothing was charged.</source>
        <translation>已在发送前取消，未产生任何费用。</translation>
    </message>
</context>
<context>
    <name>wan::api::ApiResponses</name>
    <message>
        <location filename="../app/api/apiresponses.cpp" line="+29"/>
        <source>the answer is too large (%1 MB)</source>
        <translation>响应过大（%1 MB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is a web page (HTML), not data</source>
        <translation>响应是网页（HTML），而不是数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not valid JSON (%1)</source>
        <translation>响应不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is JSON of an unexpected shape</source>
        <translation>响应的 JSON 结构不符合预期</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the answer has no request id</source>
        <translation>响应中没有请求 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer&apos;s request id contains control characters</source>
        <translation>响应中的请求 ID 包含控制字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer has no status or response address</source>
        <translation>响应中没有状态地址或结果地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no known status</source>
        <translation>响应中没有可识别的状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+141"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the answer has no credit balance</source>
        <translation>响应中没有积分余额</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the upload answer has no file address</source>
        <translation>上传响应中没有文件地址</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an HTML page instead of an error message</source>
        <translation>HTML 页面，而非错误信息</translation>
    </message>
</context>
<context>
    <name>wan::api::Endpoints</name>
    <message>
        <location filename="../app/api/endpoints.cpp" line="+75"/>
        <source>The API base address &quot;%1&quot; is not a valid address.</source>
        <translation>API 基础地址“%1”不是有效的地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload base address &quot;%1&quot; is not a valid address.</source>
        <translation>上传基础地址“%1”不是有效的地址。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; uses plain http, which is not encrypted.</source>
        <translation>“%1”使用的是未加密的 http。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an https address.</source>
        <translation>“%1”不是 https 地址。</translation>
    </message>
</context>
<context>
    <name>wan::api::Mp4Probe</name>
    <message>
        <location filename="../app/api/mp4probe.cpp" line="+117"/>
        <location line="+21"/>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is not an MP4 video</source>
        <translation>不是 MP4 视频</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the video&apos;s structure is damaged</source>
        <translation>视频结构已损坏</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>the video is incomplete (it ends in the middle of a box)</source>
        <translation>视频不完整（在某个 box 中间截断）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the video ends in %1 bytes that are not part of any video box (padding or garbage)</source>
        <translation>视频末尾有 %1 字节不属于任何视频 box（填充或垃圾数据）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the video is incomplete (%1 of its bytes are missing)</source>
        <translation>视频不完整（缺少 %1 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video ends in an unknown box of %1 bytes that runs to the end of the file</source>
        <translation>视频末尾有一个 %1 字节的未知 box，一直延伸到文件末尾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the video&apos;s media data is padding (zero bytes), not video</source>
        <translation>视频的媒体数据是填充（零字节），而不是视频</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no index (moov box); it is incomplete</source>
        <translation>视频没有索引（moov box），文件不完整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video has no media data</source>
        <translation>视频没有媒体数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)</source>
        <translation>其媒体数据（%1 字节）超出了按这些设置生成的片段所需的上限（%2 字节）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
</context>
<context>
    <name>wan::api::SegmindClient</name>
    <message>
        <location filename="../app/api/segmindclient.cpp" line="+265"/>
        <source>the answer is larger than %1 MB</source>
        <translation>响应超过 %1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).</source>
        <translation>在%1时，服务重定向到了 Wan Studio 不会跟随的地址（这会降级为 http，或将您的密钥发送到其他主机）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service kept redirecting the request without ever answering it (a redirect loop)</source>
        <translation>服务不断重定向请求，却始终没有响应（重定向循环）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API base address in Settings; a proxy or captive portal may be redirecting. If it keeps happening, try again later.</source>
        <translation>请在设置中检查 API 基础地址；可能是代理或网络登录页面在进行重定向。如果问题反复出现，请稍后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more than any real answer</source>
        <translation>响应经过压缩（%1），但无法解压：数据已损坏，或解压后会远大于任何真实的响应</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the connection closed before the service answered</source>
        <translation>服务响应之前连接已关闭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the credit balance</source>
        <translation>查询积分余额</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>uploading the image</source>
        <translation>上传图像</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>submitting the run</source>
        <translation>提交任务</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service refused the run with HTTP %1 while %2; nothing was charged.</source>
        <translation>在%2时，服务以 HTTP %1 拒绝了该任务；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it again; if it keeps failing, try other settings or check Segmind&apos;s status page.</source>
        <translation>请重新发送；如果仍然失败，请尝试其他设置，或查看 Segmind 的状态页面。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered HTTP %1 while %2; it may still have accepted the run.</source>
        <translation>在%2时服务返回了 HTTP %1；它仍可能已经接受了该任务。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+32"/>
        <source> The service said: &quot;%1&quot;.</source>
        <translation> 服务返回：“%1”。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>checking the run&apos;s progress</source>
        <translation>查询任务进度</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fetching the result</source>
        <translation>获取结果</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the finished result has no video</source>
        <translation>已完成的结果中没有视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run finished on the service and may have been charged. Check it in the request history of your Segmind console before generating again.</source>
        <translation>任务已在服务端完成，可能已经扣费。再次生成之前，请在 Segmind 控制台的请求历史中查看。</translation>
    </message>
</context>
<context>
    <name>wan::api::VideoDownload</name>
    <message>
        <location filename="../app/api/videodownload.cpp" line="+74"/>
        <source>The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything was written and nothing was kept.</source>
        <translation>服务声明的大小为 %1，而该片段不可能超过 %2；已在写入任何内容之前停止下载，未保留任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing was kept.</source>
        <translation>服务已发送至少 %1，而该片段不可能超过 %2；已停止下载，未保留任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run may have been charged: resume it later, or check the request in your Segmind console.</source>
        <translation>该任务可能已经扣费：请稍后恢复，或在 Segmind 控制台中查看该请求。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+68"/>
        <source>writing %1 failed (%2)</source>
        <translation>写入 %1 失败（%2）</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The connection dropped while %1 (%2 received).</source>
        <translation>在%1时连接中断（已接收 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Download it again; the result stays available on the service for an hour.</source>
        <translation>请重新下载；结果会在服务上保留一小时。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 received</source>
        <translation>已接收 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped while %1 (%2 of %3 received).</source>
        <translation>在%1时连接中断（已接收 %2 / %3）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 已存在，无法替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be renamed into place (%2)</source>
        <translation>无法将 %1 重命名为最终文件（%2）</translation>
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
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+1"/>
        <source>Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.</source>
        <translation>请检查 SEGMIND_API_BASE 和 SEGMIND_UPLOAD_BASE，或设置中的地址。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: the library could not be opened: the disk that holds it is full (%1 bytes free).</source>
        <translation>错误：无法打开作品库：作品库所在的磁盘已满（剩余 %1 字节）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space, then run the command again; nothing was sent.</source>
        <translation>请释放一些空间，然后重新运行该命令；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+88"/>
        <location filename="../app/cli/clisupport.cpp" line="+5"/>
        <source>Error: the library could not be opened: %1</source>
        <translation>错误：无法打开作品库：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-163"/>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>运行“%1 --help”查看选项。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), or send it anyway with --ignore-budget.</source>
        <translation>此次运行未发送任何内容。请提高上限（wanstudio settings set %1 值），或使用 --ignore-budget 仍然发送。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library is damaged; `wanstudio library rebuild` lists your clips again (the damaged file is kept aside).</source>
        <translation>作品库已损坏；可用 `wanstudio library rebuild` 重新收录您的片段（损坏的文件会另行保留）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (%1 s)</source>
        <translation> (%1 秒)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted as request %1</source>
        <translation>已受理，请求 ID：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-109"/>
        <source>Prints the Segmind account&apos;s credit balance.</source>
        <translation>显示 Segmind 账户的积分余额。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Makes a video from a still image with %1.</source>
        <translation>使用 %1 从静态图像生成视频。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-248"/>
        <source>Run %1 of %2: %3</source>
        <translation>第 %1 次运行（共 %2 次）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed: %1</source>
        <translation>种子：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n run(s), about %1 credits in all (%2 each); nothing was sent.</source>
        <translation>
            <numerusform>%n 次运行，共约 %1 点数（每次 %2）；未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not &quot;%1&quot;.</source>
        <translation>--sweep 需要 PARAMETER=V1,V2,... 的形式，例如 sample_shift=4,8,12；而不是“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--seed-list takes seeds separated by commas, such as 1,2,3.</source>
        <translation>--seed-list 需要以逗号分隔的种子，例如 1,2,3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed-list: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed-list：“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt makes one run per alternative (several groups multiply, the first varying slowest; write \{ \} \| for literal characters); seeds and sweeps multiply too, up to %2 runs.</source>
        <translation>根据一张图片和一个提示词规划并发送 %1 的多次运行。提示词中的 {golden hour|blue hour} 会为每个候选生成一次运行（多个组相乘，第一组变化最慢；字符本身请写作 \{ \} \|）；种子和扫描也相乘，最多 %2 次运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>The input image: a file or an https URL.</source>
        <translation>输入图像：文件或 https URL。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>path|url</source>
        <translation>路径|URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should happen in the video; may hold {a|b} alternatives.</source>
        <translation>视频中应发生的内容；可以包含 {a|b} 候选。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base name of the MP4s (clip.mp4 -&gt; clip-1-....mp4); default: the results folder.</source>
        <translation>MP4 的基本文件名（clip.mp4 -&gt; clip-1-....mp4）；默认：结果文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace output files that already exist.</source>
        <translation>替换已存在的输出文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run each combination with this many distinct random seeds.</source>
        <translation>用这么多个不同的随机种子运行每个组合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --seeds: the seeds count up from --seed instead.</source>
        <translation>与 --seeds 一起使用：种子改为从 --seed 开始递增。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each combination with these seeds.</source>
        <translation>用这些种子运行每个组合。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps).</source>
        <translation>让一个数值参数取多个值，例如 sample_shift=4,8,12（最多两个扫描）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAM=V1,V2,...</source>
        <translation>PARAM=V1,V2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every planned run and the total cost; send nothing.</source>
        <translation>列出每次计划的运行和总费用；不发送任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --dry-run: one JSON line per planned run, then the total.</source>
        <translation>与 --dry-run 一起使用：每次计划的运行一行 JSON，最后是总计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when a run would pass a budget cap.</source>
        <translation>即使某次运行会超出预算上限也发送。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seeds and --seed-list cannot be used together.</source>
        <translation>--seeds 和 --seed-list 不能同时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seeds takes a number of runs, 1 to %1.</source>
        <translation>--seeds 需要运行次数，1 到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--consecutive only goes with --seeds.</source>
        <translation>--consecutive 只能与 --seeds 一起使用。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--json goes with --dry-run; the runs of a batch always print JSON lines.</source>
        <translation>--json 需与 --dry-run 一起使用；批量运行总是输出 JSON 行。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s), about %1 credits in all.</source>
        <translation>
            <numerusform>%n 次运行，共约 %1 点数。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 (%2):</source>
        <translation>第 %1 次运行（%2）：</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The batch stopped: %n later run(s) were not sent.</source>
        <translation>
            <numerusform>批量已停止：之后的 %n 次运行未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>What should happen in the video.</source>
        <translation>视频中应发生的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="-162"/>
        <location filename="../app/cli/commandline.cpp" line="+0"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Where to save the MP4.</source>
        <translation>MP4 的保存位置。</translation>
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
        <translation>如果 --out 文件已存在，则替换它。</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-114"/>
        <source>%1: %2 Allowed: %3; default %4.</source>
        <translation>%1：%2 允许值：%3；默认值：%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommand.cpp" line="-1"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>Choose a random seed (it is printed with the result).</source>
        <translation>使用随机种子（所用种子会随结果一起输出）。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+10"/>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Turn go_fast off: slower, slightly better quality.</source>
        <translation>关闭 go_fast：速度较慢，质量略好。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+1"/>
        <source>Use the synchronous v1 call instead of submit and poll.</source>
        <translation>使用同步的 v1 调用，而不是提交后轮询。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, its settings the defaults, and the run records where it came from.</source>
        <translation>续接一个片段：以它的精确帧（除非 --at 另行指定，否则为最后一帧）作为图像，以它的设置作为默认值，并记录本次任务的来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clip.mp4|library id</source>
        <translation>clip.mp4|作品库 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --continue-from: last (default), first, a frame index from 0, or seconds (2.5).</source>
        <translation>与 --continue-from 一起使用：last（默认）、first、从 0 开始的帧序号，或秒数（2.5）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even when the run would pass a budget cap.</source>
        <translation>即使此次运行会超出预算上限也发送。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--image and --continue-from cannot be used together: a continuation&apos;s image is the clip&apos;s frame.</source>
        <translation>--image 和 --continue-from 不能同时使用：续接的图像就是片段中的帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at only goes with --continue-from.</source>
        <translation>--at 只能与 --continue-from 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+14"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--image is required: a file or an https URL.</source>
        <translation>必须指定 --image：文件或 https URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--prompt is required and must not be empty.</source>
        <translation>必须指定 --prompt，且不能为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+2"/>
        <source>--out is required: where to save the MP4.</source>
        <translation>必须指定 --out：MP4 的保存位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed and --random-seed cannot be used together.</source>
        <translation>--seed 和 --random-seed 不能同时使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="+31"/>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>The image %1 does not exist.</source>
        <translation>图像 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+38"/>
        <source>Error: the run could not be recorded in the library: %1</source>
        <translation>错误：无法将任务记录到作品库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space, then run the command again; nothing was sent.</source>
        <translation>磁盘已满。请释放一些空间，然后重新运行该命令；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.</source>
        <translation>服务已将此任务受理为请求 %1；完成后可用 `wanstudio resume` 获取。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)</source>
        <translation>用法: wanstudio [IMAGE]            打开工作室窗口（可附带一张图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio generate [options] make a video from an image, headless</source>
        <translation>       wanstudio generate [options] 不打开窗口，直接从图像生成视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio credits            print the credit balance</source>
        <translation>       wanstudio credits            显示积分余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio resume             fetch runs the service accepted but this computer did not receive</source>
        <translation>       wanstudio resume             获取服务已受理但本机未收到的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library list|show  what the library holds</source>
        <translation>       wanstudio library list|show  查看作品库内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio library rebuild    list the clips again in a lost or damaged library</source>
        <translation>       wanstudio library rebuild    将片段重新收录到丢失或损坏的作品库中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)</source>
        <translation>       wanstudio frame CLIP         将片段中精确的一帧保存为 PNG（--at、--out）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)</source>
        <translation>       wanstudio export 输入...     将片段合并为 MP4、WebM、GIF、WebP 或 PNG 帧序列 (--format, --out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)</source>
        <translation>       wanstudio sequence create|list|show|export  由素材库片段组成的场景，导出为一个文件（mlt：供编辑软件使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)</source>
        <translation>       wanstudio batch [选项]       一次多次运行：{a|b} 提示词候选、种子、扫描（--dry-run）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio spend              what runs cost: totals and per day (--since, --json)</source>
        <translation>       wanstudio spend              运行花费：总计和每日（--since、--json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio settings list|get|set  the settings a script needs, budget caps among them</source>
        <translation>       wanstudio settings list|get|set  脚本所需的设置，包括预算上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio COMMAND --help     options of a command</source>
        <translation>       wanstudio COMMAND --help     显示某个命令的选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>密钥取自 SEGMIND_API_KEY 或系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+142"/>
        <source>Fetches the runs the service accepted but this computer never received (after a crash, a kill or a dropped connection). It never submits a run again.</source>
        <translation>获取服务已受理但本机未收到的任务（例如在程序崩溃、被强制终止或连接中断之后）。不会重新提交任何任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send the runs that were queued but never sent.</source>
        <translation>同时发送已排队但从未发送的任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this run of the library.</source>
        <translation>仅作品库中的这个任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed.</source>
        <translation>保存到别处：一个文件夹（每个片段保留其文件名），或在只继续一个任务时指定一个文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-21"/>
        <source>What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for Shotcut and Kdenlive that refers to the original clips).</source>
        <translation>要写入的格式：mp4、webm、gif、webp、png（帧图片文件夹）或 mlt（引用原始片段的 Shotcut 和 Kdenlive 项目）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to write: mp4, webm, gif, webp or png (a folder of frames).</source>
        <translation>要写入的格式：mp4、webm、gif、webp 或 png（帧图片文件夹）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to save it (for png: a new or empty folder).</source>
        <translation>保存位置（png 时为新的或空的文件夹）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long edge in pixels (the aspect is kept); default: the first clip&apos;s size.</source>
        <translation>长边的像素数（保持宽高比）；默认：第一个片段的尺寸。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new frame rate (frames are repeated or dropped); default: the first clip&apos;s.</source>
        <translation>新的帧率（重复或丢弃帧）；默认：第一个片段的帧率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at every join, instead of the crossfades the sequence keeps for each join.</source>
        <translation>在每个衔接处交叉淡化 N 帧，而不使用序列为每个衔接处保存的交叉淡化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blend N frames at each join.</source>
        <translation>在每个衔接处交叉淡化 N 帧。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play forward, then back, for a seamless loop.</source>
        <translation>先正放再倒放，形成无缝循环。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a clip continues the one before it, correct its colours toward the frame it continues, so a chain&apos;s colour drift does not jump at the joins.</source>
        <translation>在片段接续前一个片段之处，将其颜色校正为所接续的帧，使连续片段的颜色漂移不会在衔接处跳变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF is better.</source>
        <translation>MP4：CRF 0-51（默认 20）；WebM：CRF 0-63（默认 32）；WebP：0-100（默认 80）。CRF 越低画质越好。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4: always encode new pictures, even where the clips could be copied as they are.</source>
        <translation>MP4：始终重新编码画面，即使片段可以原样复制。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>--format must be mp4, webm, gif, webp or png.</source>
        <translation>--format 必须是 mp4、webm、gif、webp 或 png。</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>--out is required: where to save the export.</source>
        <translation>必须指定 --out：导出的保存位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--match-colour changes the pictures, which an MLT project does not hold: export a video or frames with it.</source>
        <translation>--match-colour 会改变画面，而 MLT 项目不包含画面：请在导出视频或帧时使用它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--width must be a number of pixels from 16 to 8192.</source>
        <translation>--width 必须是 16 到 8192 之间的像素数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crossfade must be a number of frames from 0 to 1000.</source>
        <translation>--crossfade 必须是 0 到 1000 之间的帧数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--quality must be a number from 0 to 100.</source>
        <translation>--quality 必须是 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps must be a frame rate above 0 and at most 240.</source>
        <translation>--fps 必须是大于 0 且不超过 240 的帧率。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1 of %2 frames</source>
        <translation>已导出 %1 / %2 帧</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its first frame, the same picture as the last one before it.</source>
        <translation>按顺序连接片段，并保存为一个 MP4、WebM、GIF 或动画 WebP，或保存为一个编号 PNG 帧的文件夹。接续前一个片段的片段（其来源如此记录）会去掉第一帧，因为它与前一片段的最后一帧是同一画面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clips (MP4 files) or library ids, in order.</source>
        <translation>片段（MP4 文件）或素材库 ID，按顺序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INPUT...</source>
        <translation>输入...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With one input: only frames IN to OUT (from 0, both included).</source>
        <translation>仅一个输入时：只取第 IN 到 OUT 帧（从 0 开始，包含两端）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN:OUT</source>
        <translation>IN:OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the clips to export: wanstudio export INPUT... --format mp4 --out FILE</source>
        <translation>请指定要导出的片段：wanstudio export 输入... --format mp4 --out 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--trim goes with a single input; several inputs are exported whole.</source>
        <translation>--trim 只能用于单个输入；多个输入会整段导出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trim must be IN:OUT, two frame indexes from 0 (0:40).</source>
        <translation>--trim 必须是 IN:OUT，即两个从 0 开始的帧序号（0:40）。</translation>
    </message>
    <message>
        <location filename="../app/cli/librarycommands.cpp" line="+1"/>
        <source>With --out: an existing file there may be replaced.</source>
        <translation>与 --out 一起使用：可以替换该处已有的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: --id takes the number of a run in the library (see `wanstudio library list`).</source>
        <translation>错误：--id 需要作品库中某个任务的编号（见 `wanstudio library list`）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the library could not be used: %1</source>
        <translation>错误：无法使用作品库：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 is left alone: another Wan Studio process (pid %2) is working on it.</source>
        <translation>任务 %1 保持不变：另一个 Wan Studio 进程（pid %2）正在处理它。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 has nothing to resume: it is finished, or not in the library.</source>
        <translation>任务 %1 没有可继续的内容：它已结束，或不在作品库中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: its clip had been saved: %2</source>
        <translation>任务 %1：其片段已保存：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.</source>
        <translation>
            <numerusform>%n 个任务已排队但从未发送；可用 `wanstudio resume --queued` 发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume.</source>
        <translation>没有需要恢复的任务。</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+149"/>
        <location line="+4"/>
        <source>Run %1:</source>
        <translation>任务 %1：</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.</source>
        <translation>
            <numerusform>错误：%n 个任务将被保存到同一个文件 %1；请指定一个文件夹，或用 --id 选择一个任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.</source>
        <translation>`wanstudio resume --id %1 --out FOLDER` 可将其保存到别处；在此期间不会丢失任何内容。</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Resuming run %1 (request %2)</source>
        <translation>正在恢复任务 %1（请求 %2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs whose prompt contains these words.</source>
        <translation>仅显示提示词包含这些词语的任务。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>最多显示的任务数（默认 50）。</translation>
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
        <translation>列出作品库中的任务，显示其中一个，或显示通向某个任务的续接链。`library rebuild --help` 介绍如何重新收录片段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID, chain ID, or rebuild</source>
        <translation>list、show ID、chain ID 或 rebuild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.</source>
        <translation>错误：请使用 `library list`、`library show ID`、`library chain ID` 或 `library rebuild`。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Error: there is no run %1 in the library.</source>
        <translation>错误：作品库中没有任务 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: run %1 continued run %2 from frame %3, which is no longer in the library; the chain is listed from run %1.</source>
        <translation>注意：任务 %1 是从任务 %2 的第 %3 帧续接的，而该任务已不在作品库中；续接链从任务 %1 开始列出。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The library is empty.</source>
        <translation>作品库为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/rebuildcommand.cpp" line="+20"/>
        <source>Lists the clips of the results folder, the library&apos;s media folder and any --from folder in the library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside (never deleted) and a fresh one is made; clips already listed are not added twice.</source>
        <translation>将输出文件夹、作品库的媒体文件夹以及各个 --from 文件夹中的片段（即所有带有 Wan Studio 设置的 MP4）重新收录到作品库中。损坏的作品库会被移到一旁（绝不删除），并新建一个作品库；已收录的片段不会重复添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also look in this folder (and its subfolders); may be given more than once.</source>
        <translation>同时在此文件夹（及其子文件夹）中查找；可多次指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 is not a folder.</source>
        <translation>错误：%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged library was moved aside to %1.</source>
        <translation>已将损坏的作品库移至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the library could not be rebuilt: %1</source>
        <translation>错误：无法重建作品库：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) found</source>
        <translation>
            <numerusform>找到 %n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n added</source>
        <translation>
            <numerusform>已添加 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped (%1 already listed, %2 without Wan Studio settings).</source>
        <translation>
            <numerusform>已跳过 %n 个（%1 个已收录，%2 个没有 Wan Studio 设置）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/framecommand.cpp" line="-9"/>
        <source>Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip&apos;s full size. The PNG carries the clip&apos;s name, the frame&apos;s number and the run&apos;s settings.</source>
        <translation>将片段的一帧保存为 PNG，正是所要求的那一帧，尺寸与片段相同。PNG 中记有片段的名称、帧的序号和本次运行的设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip (an MP4).</source>
        <translation>片段（一个 MP4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which frame: first, last (the default), an index from 0 (40), or a time in seconds with a decimal point (2.5; the frame the player shows at that time).</source>
        <translation>哪一帧：first（第一帧）、last（最后一帧，默认）、从 0 开始的序号（40），或带小数点的秒数（2.5；即播放器在该时刻显示的那一帧）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first|last|N|SECONDS</source>
        <translation>first|last|N|秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the PNG.</source>
        <translation>PNG 的保存位置。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file.png</source>
        <translation>file.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the clip to take the frame from: wanstudio frame CLIP --out FILE.png</source>
        <translation>请指定要从中取帧的片段：wanstudio frame CLIP --out FILE.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one clip at a time; also got %1.</source>
        <translation>一次只能处理一个片段；另外还收到了 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out is required: where to save the PNG.</source>
        <translation>必须指定 --out：PNG 的保存位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must name a .png file (the frame is saved as PNG): %1</source>
        <translation>--out 必须指定一个 .png 文件（帧以 PNG 格式保存）：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/continuefrom.cpp" line="+30"/>
        <location filename="../app/cli/sequencecommand.cpp" line="+62"/>
        <source>there is no run %1 in the library.</source>
        <translation>作品库中没有任务 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 has no finished clip to continue from.</source>
        <translation>任务 %1 没有可供续接的已完成片段。</translation>
    </message>
    <message>
        <location filename="../app/cli/sequencecommand.cpp" line="-9"/>
        <source>name the sequence and its clips: wanstudio sequence create NAME ID...</source>
        <translation>请指定序列名称及其片段：wanstudio sequence create 名称 ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sequence needs at least one clip: wanstudio sequence create NAME ID...</source>
        <translation>序列至少需要一个片段：wanstudio sequence create 名称 ID...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 has no finished clip to put in a sequence.</source>
        <translation>运行 %1 没有可放入序列的已完成片段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: the sequence could not be saved: %1</source>
        <translation>错误：无法保存序列：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports a sequence: its clips joined in order, with the seam rule and the crossfade the sequence keeps at each join, or as an MLT project (--format mlt) for Shotcut and Kdenlive, crossfades included.</source>
        <translation>导出序列：按顺序连接其片段（应用接缝规则和序列在每个衔接处保存的交叉淡化），或导出为供 Shotcut 和 Kdenlive 使用的 MLT 项目（--format mlt，包含交叉淡化）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence&apos;s id (wanstudio sequence list).</source>
        <translation>序列的 ID（wanstudio sequence list）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one sequence: wanstudio sequence export ID --format mp4 --out FILE</source>
        <translation>请指定一个序列：wanstudio sequence export ID --format mp4 --out 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>there is no sequence %1 in the library (wanstudio sequence list).</source>
        <translation>素材库中没有序列 %1（wanstudio sequence list）。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>sequence %1 is empty: there is nothing to export.</source>
        <translation>序列 %1 是空的：没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order</source>
        <translation>用法：wanstudio sequence create 名称 ID...   按顺序用素材库中的运行新建序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence list             the sequences in the library</source>
        <translation>       wanstudio sequence list             素材库中的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence show ID          a sequence&apos;s clips</source>
        <translation>       wanstudio sequence show ID          序列的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH</source>
        <translation>       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out 路径</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sequence command “%1”: use create, list, show or export.</source>
        <translation>未知的序列命令“%1”：请使用 create、list、show 或 export。</translation>
    </message>
    <message>
        <location filename="../app/cli/spendcommand.cpp" line="-115"/>
        <source>What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the cost of failed and expired runs. Costs are the service&apos;s own figures; where it charged a run without saying how much, the model&apos;s typical cost is counted and marked as estimated.</source>
        <translation>根据资料库统计运行的花费：总计、每日、每周和每月、每个保留（收藏）片段的花费，以及失败和过期运行的花费。费用为服务自己给出的数字；若服务收费却未说明金额，则按模型的典型费用计算并标记为估计。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count runs from this local date on (YYYY-MM-DD).</source>
        <translation>统计自此本地日期起的运行（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object with the totals and the series.</source>
        <translation>一个包含总计和序列的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since takes a date written YYYY-MM-DD, such as 2026-12-01; not &quot;%1&quot;.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期，例如 2026-12-01；而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Since %1: %2 credits for %n charged run(s).</source>
        <translation>
            <numerusform>自 %1 起：%n 次收费运行共 %2 点数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>总计：%n 次收费运行共 %1 点数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n 次运行按典型费用计算：服务未说明其费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>每个保留片段：%1 点数（%n 个收藏）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>失败、取消和过期的运行：%n 次，%1 点数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n 次失败的运行可能已收费但没有记录费用；您的 Segmind 控制台中有列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month %1: %2 credits</source>
        <translation>%1 月份：%2 点数</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists, reads and changes the settings a script needs. The API key is not a setting: it comes from SEGMIND_API_KEY or the system keychain.</source>
        <translation>列出、读取和更改脚本所需的设置。API 密钥不是设置：它来自 SEGMIND_API_KEY 或系统钥匙串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list、get 键 或 set 键 值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list and get: JSON instead of text.</source>
        <translation>list 和 get：输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>没有名为“%1”的设置。可用设置：%2。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Use: wanstudio settings list | get KEY | set KEY VALUE.</source>
        <translation>用法：wanstudio settings list | get 键 | set 键 值。</translation>
    </message>
</context>
<context>
    <name>wan::core::ApiKeyStore</name>
    <message>
        <location filename="../app/core/apikeystore.cpp" line="+32"/>
        <source>The system keychain could not be used (%1).</source>
        <translation>无法使用系统钥匙串（%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>系统钥匙串无法保存密钥（%1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain could not remove the key (%1).</source>
        <translation>系统钥匙串无法删除密钥（%1）。</translation>
    </message>
</context>
<context>
    <name>wan::core::CreditTracker</name>
    <message>
        <location filename="../app/core/credittracker.cpp" line="+33"/>
        <source>Credits: unknown</source>
        <translation>积分：未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last run %1)</source>
        <translation>（上次任务消耗 %1）</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelDescription</name>
    <message>
        <location filename="../app/core/modeldescription.cpp" line="+54"/>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image URL</source>
        <translation>图像 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text that is not empty</source>
        <translation>非空文本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model description is not valid JSON: %1</source>
        <translation>模型描述不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model description is not a JSON object.</source>
        <translation>模型描述不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model description has no id or endpoint.</source>
        <translation>模型描述缺少 id 或 endpoint。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model endpoint &quot;%1&quot; is not a plain name.</source>
        <translation>模型端点“%1”不是简单名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model description lists no parameters.</source>
        <translation>模型描述中没有列出任何参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter of the model description has no name or an unknown type.</source>
        <translation>模型描述中有参数缺少名称或类型未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; is described twice.</source>
        <translation>参数“%1”被重复描述。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter &quot;%1&quot; has an invalid range.</source>
        <translation>参数“%1”的范围无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter &quot;%1&quot; needs a range.</source>
        <translation>参数“%1”需要指定范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parameter &quot;%1&quot; lists no allowed values.</source>
        <translation>参数“%1”没有列出允许值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default of &quot;%1&quot; is outside its own range.</source>
        <translation>“%1”的默认值超出了其自身范围。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>%1 must be %2 (%3).</source>
        <translation>%1 必须是%2（%3）。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>got %1</source>
        <translation>实际为 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a value that is not text</source>
        <translation>非文本值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not fit in 64 bits</source>
        <translation>超出 64 位范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>got &quot;%1&quot;</source>
        <translation>实际为“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; does not fit in 64 bits</source>
        <translation>“%1”超出 64 位范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>wan::core::ModelText</name>
    <message>
        <location filename="../app/core/modeltext.cpp" line="+13"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input image URL for video base. Choose a detailed image for best results.</source>
        <translation>作为视频基础的输入图片。细节丰富的图片效果最好。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptive prompt for video content. Include vivid details for a richer video.</source>
        <translation>描述视频内容的提示词。细节越生动，视频越丰富。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility.</source>
        <translation>控制随机性；留空则完全随机。使用固定种子可复现结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go fast</source>
        <translation>快速模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates faster video generation. Disable for quality over speed.</source>
        <translation>启用更快的视频生成。若要质量优先于速度，请关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video frame count; 81 frames for optimal detail. Increase for smoother motion.</source>
        <translation>设置视频帧数；81 帧细节最佳。增加帧数可使动作更流畅。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets video resolution. Use 720p for higher clarity, 480p for faster generation.</source>
        <translation>设置视频分辨率。720p 更清晰，480p 生成更快。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos.</source>
        <translation>设置画面宽高比。横屏视频用 16:9，竖屏视频用 9:16。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample shift</source>
        <translation>采样偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusts image sampling shift. Use lower values for subtle changes.</source>
        <translation>调整采样偏移。数值越低，变化越细微。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determines video smoothness. Choose 16 fps for optimal balance.</source>
        <translation>决定视频的流畅度。16 fps 的平衡最佳。</translation>
    </message>
</context>
<context>
    <name>wan::core::OutputPlace</name>
    <message>
        <location filename="../app/core/outputplace.cpp" line="+89"/>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the MP4 file to save the video in.</source>
        <translation>请指定用于保存视频的 MP4 文件名。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the PNG file to save the frame in.</source>
        <translation>请指定用于保存该帧的 PNG 文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is a folder, not a file.</source>
        <translation>输出位置“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a file name inside it, for example “%1”.</source>
        <translation>请指定其中的文件名，例如“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The output file “%1” is the clip the frame comes from: saving the frame there would destroy it.</source>
        <translation>输出文件“%1”就是该帧所在的片段：将帧保存到该位置会毁掉这个片段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the frame, ending in .png.</source>
        <translation>请为该帧另选一个以 .png 结尾的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” is the input picture: saving the video there would destroy it.</source>
        <translation>输出文件“%1”就是输入图片：将视频保存到该位置会毁掉这张图片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name for the video.</source>
        <translation>请为视频另选一个名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the frame there would destroy it.</source>
        <translation>输出文件“%1”是 Wan Studio 自身的文件（作品库、设置或上传缓存）：将帧保存到该位置会毁掉这个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output file “%1” is one of Wan Studio&apos;s own files (library, settings or upload cache): saving the video there would destroy it.</source>
        <translation>输出文件“%1”是 Wan Studio 自身的文件（作品库、设置或上传缓存）：将视频保存到该位置会毁掉这个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose a file outside Wan Studio&apos;s data folder, for example in your Videos folder.</source>
        <translation>请选择 Wan Studio 数据文件夹以外的文件，例如“视频”文件夹中的文件。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The output file “%1” is inside a folder Wan Studio manages (“%2”).</source>
        <translation>输出文件“%1”位于 Wan Studio 管理的文件夹（“%2”）中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output place “%1” is not a regular file (a device, pipe or socket).</source>
        <translation>输出位置“%1”不是普通文件（而是设备、管道或套接字）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name an ordinary MP4 file to save the video in.</source>
        <translation>请指定一个普通的 MP4 文件来保存视频。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name an ordinary PNG file to save the frame in.</source>
        <translation>请指定一个普通的 PNG 文件来保存该帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output file “%1” already exists.</source>
        <translation>输出文件“%1”已存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>请另选名称，或允许替换（命令行中使用 --overwrite）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder for “%1” cannot be created: “%2” is a file.</source>
        <translation>无法为“%1”创建文件夹：“%2”是一个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an output file in a folder that exists or can be created.</source>
        <translation>请在已存在或可以创建的文件夹中选择输出文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the frame could not be saved as “%3”.</source>
        <translation>Wan Studio 无法写入文件夹“%1”（%2），因此无法将该帧保存为“%3”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wan Studio cannot write in the folder “%1” (%2), so the video could not be saved as “%3”.</source>
        <translation>Wan Studio 无法写入文件夹“%1”（%2），因此无法将视频保存为“%3”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>请选择您可以写入的文件夹，或检查其权限和可用空间。</translation>
    </message>
</context>
<context>
    <name>wan::core::PromptAlternatives</name>
    <message>
        <location filename="../app/core/promptalternatives.cpp" line="+62"/>
        <source>Character %1 opens a group inside the group opened at character %2: &quot;%3&quot;. Groups cannot be nested; close the first one with }, or write \{ for a literal brace.</source>
        <translation>第 %1 个字符在第 %2 个字符开启的组内又开启了一个组：“%3”。组不能嵌套；请用 } 关闭第一个组，或将花括号本身写作 \{。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character %1 closes a group that was never opened: &quot;%2&quot;. Open it with {, or write \} for a literal brace.</source>
        <translation>第 %1 个字符关闭了一个从未开启的组：“%2”。请用 { 开启，或将花括号本身写作 \}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group at character %1 has nothing to choose from: &quot;%2&quot;. Write the alternatives between the braces, separated by |.</source>
        <translation>第 %1 个字符处的组没有可选内容：“%2”。请在花括号之间写出候选，用 | 分隔。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group opened at character %1 is never closed: &quot;%2&quot;. Close it with }, or write \{ for a literal brace.</source>
        <translation>第 %1 个字符开启的组没有关闭：“%2”。请用 } 关闭，或将花括号本身写作 \{。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt&apos;s alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some alternatives.</source>
        <translation>提示词的候选组合出 %1 个提示词（%2）；一次最多可规划 %3 个。请删除一些候选。</translation>
    </message>
</context>
<context>
    <name>wan::core::ScriptableSettings</name>
    <message>
        <location filename="../app/core/scriptablesettings.cpp" line="+39"/>
        <source>Credits a day&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>一天的运行可花费的点数，超过时运行将被暂停；0 表示不设上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits a month&apos;s runs may cost before a run is held; 0 means no cap.</source>
        <translation>一个月的运行可花费的点数，超过时运行将被暂停；0 表示不设上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async (submit and poll) or sync (one long call).</source>
        <translation>async（提交并轮询）或 sync（一次长调用）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once in the window: 1 to %1.</source>
        <translation>窗口中同时运行的数量：1 到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where clips are saved; empty means the data folder&apos;s results.</source>
        <translation>片段的保存位置；为空表示数据文件夹中的 results。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications when a run ends: true or false.</source>
        <translation>运行结束时的桌面通知：true 或 false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s language code (en, de, es, fr, ja, zh_CN); empty means the system&apos;s.</source>
        <translation>窗口的语言代码（en、de、es、fr、ja、zh_CN）；为空表示跟随系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system, light, dark or highContrast.</source>
        <translation>system、light、dark 或 highContrast。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>API 的地址；为空表示使用 Segmind 自己的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload service&apos;s address; empty means Segmind&apos;s own.</source>
        <translation>上传服务的地址；为空表示使用 Segmind 自己的地址。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not &quot;%2&quot;.</source>
        <translation>%1 需要 0 或更大的点数（0：不设上限），例如 5 或 2.50；而不是“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is async or sync, not &quot;%2&quot;.</source>
        <translation>%1 应为 async 或 sync，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 应为 1 到 %2 的整数，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is true or false, not &quot;%2&quot;.</source>
        <translation>%1 应为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of %2, or empty for the system&apos;s; not &quot;%3&quot;.</source>
        <translation>%1 应为 %2 之一，或为空以跟随系统；而不是“%3”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 应为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an http or https address, or empty for Segmind&apos;s own; not &quot;%2&quot;.</source>
        <translation>%1 应为 http 或 https 地址，或为空以使用 Segmind 自己的地址；而不是“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set from the command line.</source>
        <translation>%1 不能通过命令行设置。</translation>
    </message>
</context>
<context>
    <name>wan::core::ShotVocabulary</name>
    <message>
        <location filename="../app/core/shotvocabulary.cpp" line="+19"/>
        <source>Camera moves</source>
        <translation>镜头运动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels toward the subject.</source>
        <translation>镜头向主体推进。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera travels away from the subject.</source>
        <translation>镜头从主体拉远。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns to the left on the spot.</source>
        <translation>镜头在原地向左摇。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera turns upward on the spot.</source>
        <translation>镜头在原地向上仰。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera circles the subject from above.</source>
        <translation>镜头从上方环绕主体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera follows the subject with a slight shake.</source>
        <translation>镜头带着轻微晃动跟随主体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not move; only the scene does.</source>
        <translation>镜头不动；只有画面中的场景在动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shot sizes</source>
        <translation>景别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail fills the frame, such as an eye or a hand.</source>
        <translation>一个细节充满画面，例如一只眼睛或一只手。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A face or one object fills most of the frame.</source>
        <translation>一张脸或一个物体占据画面的大部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person from the waist up.</source>
        <translation>人物腰部以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole subject with plenty of its surroundings.</source>
        <translation>主体全貌以及大量周围环境。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenses and focus</source>
        <translation>镜头与对焦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is sharp and the background soft.</source>
        <translation>主体清晰，背景柔和虚化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The focus shifts from one subject to another during the shot.</source>
        <translation>镜头中焦点从一个主体转移到另一个主体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wide view with stretched edges and deep space.</source>
        <translation>视野宽广，边缘拉伸，空间纵深感强。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A narrow view that flattens distance.</source>
        <translation>视野狭窄，压缩距离感。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm, low sunlight shortly before sunset.</source>
        <translation>日落前温暖、低角度的阳光。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool, soft light just after sunset.</source>
        <translation>日落后不久清冷柔和的光线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The light comes from behind the subject, outlining it.</source>
        <translation>光从主体背后照来，勾勒出轮廓。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even light from a cloudy sky, with faint shadows.</source>
        <translation>阴天天空的均匀光线，阴影很淡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion speed</source>
        <translation>运动速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement is slowed down and smooth.</source>
        <translation>动作放慢而流畅。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time passes quickly: clouds race and light changes.</source>
        <translation>时间飞快流逝：云朵飞驰，光线变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, calm motions in the scene.</source>
        <translation>场景中细小而平静的动作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>氛围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look of a feature film: graded colour and careful framing.</source>
        <translation>电影长片的质感：经过调色的色彩和讲究的构图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft, hazy and slightly unreal.</source>
        <translation>柔和、朦胧、略带梦幻。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark tones and strong contrast.</source>
        <translation>暗色调与强烈对比。</translation>
    </message>
</context>
<context>
    <name>wan::image::ImageInspector</name>
    <message>
        <location filename="../app/image/imageinspector.cpp" line="+145"/>
        <source>The pasted image could not be saved: %1.</source>
        <translation>无法保存粘贴的图像：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that there is free disk space, then paste again.</source>
        <translation>请确认磁盘有可用空间，然后重新粘贴。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be encoded as PNG</source>
        <translation>无法编码为 PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1x%2 → %3x%4, JPEG %5</source>
        <extracomment>Original pixel size → size of the JPEG that is uploaded, and its file size</extracomment>
        <translation>%1x%2 → %3x%4，JPEG %5</translation>
    </message>
</context>
<context>
    <name>wan::image::ImagePreparer</name>
    <message>
        <location filename="../app/image/imagepreparer.cpp" line="+283"/>
        <source>“%1” could not be found.</source>
        <translation>找不到“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists, or choose it again.</source>
        <translation>请确认文件仍然存在，或重新选择。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a picture.</source>
        <translation>“%1”是文件夹，不是图片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file inside it instead.</source>
        <translation>请改为选择其中的图片文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a picture file but a pipe, socket or device, so it cannot be read.</source>
        <translation>“%1”不是图片文件，而是管道、套接字或设备，因此无法读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture file saved on a disk.</source>
        <translation>请选择保存在磁盘上的图片文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be opened for reading.</source>
        <translation>无法打开“%1”进行读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you are allowed to read it (its permissions), or copy it to a folder you can read.</source>
        <translation>请检查您是否有读取权限，或将其复制到您可以读取的文件夹中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>“%1” is too large (%2 MB).</source>
        <translation>“%1”太大（%2 MB）。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Use a smaller picture, or reduce it in an image editor first.</source>
        <translation>请使用较小的图片，或先在图片编辑器中缩小。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk or network share is available, then try again.</source>
        <translation>请确认磁盘或网络共享可用，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be decoded.</source>
        <translation>无法解码“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may be damaged; try opening it in an image editor and saving it again.</source>
        <translation>文件可能已损坏；请尝试在图片编辑器中打开并重新保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large: %2 × %3 pixels (the limit is %4 megapixels).</source>
        <translation>“%1”太大：%2 × %3 像素（上限为 %4 百万像素）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce it in an image editor to a few thousand pixels on each side, then try again.</source>
        <translation>请在图片编辑器中将每边缩小到几千像素，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>“%1”为空（0 字节）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may not have finished copying or downloading; choose it again when it has.</source>
        <translation>文件可能尚未复制或下载完成；完成后请重新选择。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a %2 image, which this system cannot decode.</source>
        <translation>“%1”是 %2 图像，此系统无法解码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert it to JPEG or PNG first (most photo apps can export it).</source>
        <translation>请先将其转换为 JPEG 或 PNG（大多数照片应用都能导出）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is incomplete: the file ends before the picture does.</source>
        <translation>“%1”不完整：文件在图片结束之前就截断了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or download the file again, or choose another picture.</source>
        <translation>请重新复制或下载该文件，或选择其他图片。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a picture.</source>
        <translation>“%1”不是图片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image.</source>
        <translation>请选择 JPEG、PNG、WebP、GIF、BMP 或 TIFF 图像。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a %2 picture of %3 × %4 pixels; pictures in that format are read only up to %5 megapixels (JPEG and PNG up to %6).</source>
        <translation>“%1”是 %3 × %4 像素的 %2 图片；该格式的图片最多只能读取 %5 百万像素（JPEG 和 PNG 最多 %6 百万像素）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it as JPEG or PNG (any image editor can), or make it smaller, then try again.</source>
        <translation>请将其另存为 JPEG 或 PNG（任何图片编辑器都可以），或将其缩小，然后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is %2 × %3 pixels, too long and narrow for the video: the picture sent would be %4 × %5 pixels (the limit is %6 megapixels).</source>
        <translation>“%1”为 %2 × %3 像素，对视频来说过于细长：发送的图片将为 %4 × %5 像素（上限为 %6 百万像素）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop it closer to the video&apos;s shape (16:9 or 9:16), then try again.</source>
        <translation>请将其裁剪得更接近视频的比例（16:9 或 9:16），然后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Animated image: only the first frame is used.</source>
        <translation>动态图像：仅使用第一帧。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds several pictures: only the first is used.</source>
        <translation>该文件包含多张图片：仅使用第一张。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” (%2 × %3 pixels) would need about %4 MB of memory to decode at 16 bits per channel; the limit is %5 MB.</source>
        <translation>“%1”（%2 × %3 像素）以每通道 16 位解码约需 %4 MB 内存；上限为 %5 MB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save it with 8 bits per channel, or smaller, in an image editor, then try again.</source>
        <translation>请在图片编辑器中将其另存为每通道 8 位，或将其缩小，然后重试。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be converted to JPEG.</source>
        <translation>无法将“%1”转换为 JPEG。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, save the picture as PNG and use that.</source>
        <translation>请重试；如果仍然失败，请将图片另存为 PNG 后使用。</translation>
    </message>
</context>
<context>
    <name>wan::image::PngScaledReader</name>
    <message>
        <location filename="../app/image/pngscaledreader.cpp" line="+322"/>
        <location line="+6"/>
        <source>the PNG decoder could not start</source>
        <translation>PNG 解码器无法启动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is not enough memory for the scaled picture</source>
        <translation>内存不足，无法容纳缩放后的图片</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PNG data is damaged</source>
        <translation>PNG 数据已损坏</translation>
    </message>
</context>
<context>
    <name>wan::image::RemoteImage</name>
    <message>
        <location filename="../app/image/remoteimage.cpp" line="+87"/>
        <source>%1 Use an address that starts with https://, or save the picture and choose the file.</source>
        <translation>%1请使用以 https:// 开头的地址，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sent the picture on to “%2”, which is not a secure (https) address, so Wan Studio did not follow. Save the picture from your browser and choose the file instead.</source>
        <translation>%1 将图片重定向到了“%2”，该地址不安全（不是 https），因此 Wan Studio 没有跟随。请改为在浏览器中保存图片，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.</source>
        <translation>%1 不断将图片重定向到其他地址。请改为在浏览器中保存图片，然后选择该文件。</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>%1 上的图片大小为 %2，超过了 Wan Studio 下载图片的上限 %3。请改为保存图片并将其缩小，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>%1 answered with a web page, not a picture. Copy the address of the picture itself (right-click it, “Copy Image Address”), or save it and choose the file.</source>
        <translation>%1 返回的是网页而不是图片。请复制图片本身的地址（右键点击图片，选择“复制图片地址”），或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. Save it, make it smaller, and choose the file instead.</source>
        <translation>%1 上的图片超过了 Wan Studio 下载图片的上限 %2。请改为保存图片并将其缩小，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.</source>
        <translation>%1 返回 HTTP %2：此地址没有图片。请检查地址，或重新复制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.</source>
        <translation>%1 返回 HTTP %2：该图片未公开。请改为在浏览器中保存图片，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.</source>
        <translation>%1 返回 HTTP %2：服务器出现问题。请稍后重试，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 没有发送图片，而是返回了 HTTP %2。请检查地址，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.</source>
        <translation>%1 返回了空响应，而不是图片。请检查地址，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 sent is not a picture. Check that the address ends at the picture itself, or save it and choose the file.</source>
        <translation>%1 发送的内容不是图片。请确认该地址直接指向图片本身，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.</source>
        <translation>%1 在 %2 秒内没有响应。请重试，或保存图片后选择该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be reached (%2). Check the address and your internet connection.</source>
        <translation>无法连接到 %1（%2）。请检查地址和网络连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file instead.</source>
        <translation>无法与 %1 建立安全连接（%2）。请改为在浏览器中保存图片，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.</source>
        <translation>无法下载 %1 上的图片（%2）。请检查地址，或保存图片后选择该文件。</translation>
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
        <translation>%1 没有可变化的种子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+7"/>
        <location line="+31"/>
        <location line="+43"/>
        <source>A batch has %1 to %2 runs (asked for %3).</source>
        <translation>一个批次包含 %1 到 %2 个任务（当前请求 %3 个）。</translation>
    </message>
    <message numerus="yes">
        <location line="-55"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-68"/>
        <source>Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.</source>
        <translation>
            <numerusform>连续种子必须在 0 到 %1 之间：从 %2 开始的 %n 个任务将在 %3 结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+19"/>
        <source>Could not draw %n distinct seed(s).</source>
        <translation>
            <numerusform>无法抽取 %n 个互不相同的种子。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 不是 %2 的参数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with variations; a sweep keeps it fixed.</source>
        <translation>要改变种子，请使用变体；参数扫描会保持种子不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+40"/>
        <source>%1 is not a number, so it cannot be swept.</source>
        <translation>%1 不是数值，无法进行参数扫描。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/jobs/batchplan_axes.cpp" line="+4"/>
        <source>Enter at least one value of %1.</source>
        <translation>请为 %1 至少输入一个值。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>%1 %2 is listed more than once.</source>
        <translation>%1 %2 被重复列出。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Enter the values to try, separated by commas.</source>
        <translation>请输入要尝试的值，用逗号分隔。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From, to and step must be numbers.</source>
        <translation>起始值、结束值和步长必须是数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be greater than 0.</source>
        <translation>步长必须大于 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2 in steps of %3 makes more than %4 runs.</source>
        <translation>从 %1 到 %2、步长为 %3，将产生超过 %4 个任务。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No runs planned.</source>
        <translation>没有计划的任务。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), about %1 credits</source>
        <translation>
            <numerusform>%n 个任务，约 %1 积分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance is unknown, so the batch runs until the service refuses</source>
        <translation>%1；余额未知，批次将一直运行到服务拒绝为止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; your balance %2</source>
        <translation>%1；余额 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; your balance %2 covers %n run(s)</source>
        <translation>
            <numerusform>%1；余额 %2 足够执行 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; your balance %2 does not cover one run</source>
        <translation>%1；余额 %2 不足以执行一个任务</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run</source>
        <translation>
            <numerusform>%1；余额 %2 仅够执行 %3 个中的 %n 个：余额不足以支付下一个任务时，批次将停止</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/batchplan_axes.cpp" line="-129"/>
        <source>(nothing)</source>
        <comment>a prompt alternative that is empty</comment>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>prompt</source>
        <comment>an axis of a grid: the prompt&apos;s alternatives</comment>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt has no alternatives to vary: write them as {golden hour|blue hour}.</source>
        <translation>提示词中没有可变化的候选：请写成 {golden hour|blue hour} 的形式。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Seed %1 is outside 0 to %2.</source>
        <translation>种子 %1 超出 0 到 %2 的范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed %1 is listed more than once.</source>
        <translation>种子 %1 被列出了不止一次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a parameter of %2; the numbers that can be varied are %3.</source>
        <translation>%1 不是 %2 的参数；可以变化的数值参数有 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary the seed with seeds; a sweep keeps it fixed.</source>
        <translation>请用种子选项改变种子；扫描会保持种子不变。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.</source>
        <translation>这些选择会产生 %1 次运行（%2）；一个批量最多 %3 次。请一次改变更少的内容。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>At most %1 parameters can be swept at once (asked for %2).</source>
        <translation>一次最多可扫描 %1 个参数（请求了 %2 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies a parameter; the prompt and the seed have their own options.</source>
        <translation>扫描用于改变参数；提示词和种子有各自的选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is swept twice; list all its values in one sweep.</source>
        <translation>%1 被扫描了两次；请在一个扫描中列出它的所有值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either a number of seeds or a list of seeds, not both.</source>
        <translation>请指定种子数量或种子列表，不要同时指定。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows and the columns vary the same thing; choose two different axes.</source>
        <translation>行和列改变的是同一项；请选择两个不同的轴。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt has alternatives in braces: make the prompt one of the grid&apos;s axes, or remove the braces.</source>
        <translation>提示词中有花括号候选：请将提示词设为网格的一个轴，或删除花括号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A grid has at most %1 rows (asked for %2).</source>
        <translation>网格最多 %1 行（请求了 %2 行）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grid has at most %1 columns (asked for %2).</source>
        <translation>网格最多 %1 列（请求了 %2 列）。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetCheck</name>
    <message numerus="yes">
        <location filename="../app/jobs/budgetcheck.cpp" line="+63"/>
        <source>%1 credits spent, counting %n run(s) still in progress</source>
        <translation>
            <numerusform>已花费 %1 点数，含 %n 次仍在进行的运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits spent</source>
        <translation>已花费 %1 点数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.</source>
        <translation>因每日预算 %1 点数而暂停：今天%2，此次还将花费约 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.</source>
        <translation>因每月预算 %1 点数而暂停：本月%2，此次还将花费约 %3。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::BudgetGuard</name>
    <message>
        <location filename="../app/jobs/budgetguard.cpp" line="+40"/>
        <source>Nothing was sent for it. Send it anyway, or raise the cap in Settings.</source>
        <translation>尚未发送任何内容。可以仍然发送，或在设置中提高上限。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::Continuation</name>
    <message>
        <location filename="../app/jobs/continuation.cpp" line="+114"/>
        <source>The frame could not be saved in the library&apos;s media folder.</source>
        <translation>无法将该帧保存到资料库的媒体文件夹。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::ExportInputs</name>
    <message>
        <location filename="../app/jobs/exportinputs.cpp" line="+73"/>
        <source>There is no run %1 in the library.</source>
        <translation>作品库中没有任务 %1。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Run %1 has no finished clip to export.</source>
        <translation>运行 %1 没有可导出的已完成片段。</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="+75"/>
        <source>There is nothing to export: choose at least one clip.</source>
        <translation>没有可导出的内容：请至少选择一个片段。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::FinishNotices</name>
    <message>
        <location filename="../app/jobs/finishnotices.cpp" line="+16"/>
        <source>A batch was stopped</source>
        <translation>批次已停止</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your balance would not cover the next run; %n run(s) were not sent.</source>
        <translation>
            <numerusform>余额不足以支付下一个任务；%n 个任务未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your clip is ready</source>
        <translation>片段已生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run failed</source>
        <translation>任务失败</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n 个片段已生成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>，%n 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch finished with failures</source>
        <translation>批次已完成，但有失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your batch is ready</source>
        <translation>批次已完成</translation>
    </message>
</context>
<context>
    <name>wan::jobs::GenerationJob</name>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+61"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the image</source>
        <translation>正在准备图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading the image</source>
        <translation>正在上传图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 不是 %2 的参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the value and try again; nothing was sent.</source>
        <translation>请更正该值后重试；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the client is gone</source>
        <translation>客户端已不存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image address cannot be used: %1</source>
        <translation>无法使用该图像地址：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// image address, or choose a file on this computer.</source>
        <translation>请使用 https:// 图像地址，或选择本机上的文件。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The clip had been saved before Wan Studio stopped: %1</source>
        <translation>Wan Studio 停止之前片段已经保存：%1</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_image.cpp" line="+166"/>
        <source>Upload failed (%1); trying again in %2 s.</source>
        <translation>上传失败（%1）；%2 秒后重试。</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob.cpp" line="+45"/>
        <source>Waiting %1 s for the service&apos;s rate limit window to open.</source>
        <translation>正在等待 %1 秒，直到服务的请求频率限制解除。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The run could not be recorded in the library (is the disk full?), so it was not sent; nothing was charged.</source>
        <translation>无法在作品库中记录该任务（磁盘是否已满？），因此没有发送；未产生任何费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some disk space, then send it again.</source>
        <translation>请释放一些磁盘空间，然后重新发送。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="+112"/>
        <source>Rate limited by the service; trying again in %1 s.</source>
        <translation>服务限制了请求频率；%1 秒后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service may have accepted this run and may charge for it, so Wan Studio will not send it again by itself. Check the request history in your Segmind console before generating again.</source>
        <translation>服务可能已接受此任务并可能计费，因此 Wan Studio 不会自动重新发送。重新生成之前，请先在 Segmind 控制台中查看请求历史。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>waiting for the run</source>
        <translation>等待任务完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still on the service; resume it later to fetch the result (it is kept for an hour).</source>
        <translation>该任务仍在服务上；请稍后恢复以获取结果（结果保留一小时）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking progress failed (%1); trying again.</source>
        <translation>查询进度失败（%1）；正在重试。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-66"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../app/jobs/generationjob_fetch.cpp" line="-16"/>
        <source>Fetching the result failed (%1); trying again.</source>
        <translation>获取结果失败（%1）；正在重试。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>downloading the video</source>
        <translation>下载视频</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clip was saved, but without its settings inside: %1</source>
        <translation>片段已保存，但其中未包含设置：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The finished video is no longer available for download (HTTP %1).</source>
        <translation>已完成的视频已无法下载（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download failed (%1); trying again.</source>
        <translation>下载失败（%1）；正在重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run may have finished and been charged, but the one-call API keeps no copy to download again. Submit-and-poll mode (the default) can fetch a result again after a dropped connection.</source>
        <translation>该任务可能已完成并已计费，但单次调用 API 不保留可重新下载的副本。提交后轮询模式（默认）可在连接中断后重新获取结果。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running the generation</source>
        <translation>生成视频</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobListModel</name>
    <message>
        <location filename="../app/jobs/joblistmodel.cpp" line="+125"/>
        <source>%1 credits</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · running in another Wan Studio window or process (%2)</source>
        <translation>%1 · 正在另一个 Wan Studio 窗口或进程中运行（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a free slot</source>
        <translation>正在等待空闲名额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 of about %3</source>
        <translation>%1 · %2 / 约 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1</source>
        <translation>已完成，用时 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · in another window</source>
        <translation>%1 · 在另一个窗口中运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by a budget cap</source>
        <translation>因预算上限而暂停</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 / ~%2</source>
        <comment>elapsed time / expected time of a run</comment>
        <translation>%1 / 约 %2</translation>
    </message>
</context>
<context>
    <name>wan::jobs::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="+150"/>
        <source>the run could not be recorded in the library, so it was not sent</source>
        <translation>无法将任务记录到作品库，因此未发送</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not sent: the balance would not cover this run. Nothing was charged for it.</source>
        <translation>未发送：余额不足以支付此任务。此任务未产生任何费用。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Discarded before it was sent; nothing was charged.</source>
        <translation>已在发送前丢弃，未产生任何费用。</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_elsewhere.cpp" line="+122"/>
        <source>The Wan Studio process sending this run stopped; whether the service received it is unknown.</source>
        <translation>发送此任务的 Wan Studio 进程已停止；无法确定服务是否已收到。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.</source>
        <translation>未发送：准备该任务的 Wan Studio 进程已停止。它会在“未发送的任务”中再次列出。</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue_hold.cpp" line="+69"/>
        <source>Waiting: an earlier run of its batch is held by a budget cap.</source>
        <translation>等待中：同一批次中较早的任务因预算上限而暂停。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent, at your word; nothing was charged for it.</source>
        <translation>已按您的要求不发送；未产生任何费用。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::RunRecorder</name>
    <message>
        <location filename="../app/jobs/runrecorder.cpp" line="+240"/>
        <source>The library could not record this run&apos;s progress (is the disk full, or is the database held by another program?). Wan Studio keeps trying.</source>
        <translation>作品库无法记录此任务的进度（磁盘是否已满，或数据库是否被其他程序占用？）。Wan Studio 会继续尝试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library could not record that the service accepted this run as request %1 (is the disk full, or is the database held by another program?). Wan Studio keeps trying and the run goes on; keep the request id, your Segmind console lists the run under it.</source>
        <translation>作品库无法记录服务已将此任务受理为请求 %1（磁盘是否已满，或数据库是否被其他程序占用？）。Wan Studio 会继续尝试，任务也会继续进行；请记下该请求 ID，Segmind 控制台会以此 ID 列出该任务。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library still could not record this run; free some disk space.</source>
        <translation>作品库仍无法记录此任务；请释放一些磁盘空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library still could not record this run (request %1); free some disk space. Keep the request id: your Segmind console lists the run under it.</source>
        <translation>作品库仍无法记录此任务（请求 %1）；请释放一些磁盘空间。请记下该请求 ID：Segmind 控制台会以此 ID 列出该任务。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wan Studio stopped while this run was being sent; whether the service received it is unknown.</source>
        <translation>Wan Studio 在发送此任务时停止了运行，无法确定服务是否已收到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the request history in your Segmind console before generating it again.</source>
        <translation>重新生成之前，请先在 Segmind 控制台中查看请求历史。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SequenceTimeline</name>
    <message>
        <location filename="../app/jobs/sequencetimeline.cpp" line="+64"/>
        <source>Run %1 of the sequence is no longer in the library. Remove it from the sequence.</source>
        <translation>序列中的任务 %1 已不在作品库中。请将它从序列中移除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of the sequence has no finished clip.</source>
        <translation>序列中的任务 %1 没有已完成的片段。</translation>
    </message>
</context>
<context>
    <name>wan::jobs::SessionClips</name>
    <message>
        <location filename="../app/jobs/sessionclips.cpp" line="+41"/>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Seed %2</source>
        <translation>%1
种子 %2</translation>
    </message>
</context>
<context>
    <name>wan::library::GalleryModel</name>
    <message numerus="yes">
        <location filename="../app/library/gallerymodel.cpp" line="+149"/>
        <location line="+13"/>
        <source>%n run(s) continue this clip.</source>
        <translation>
            <numerusform>%n 次运行接续此片段。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Favourite</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n f</source>
        <comment>frame count, abbreviated</comment>
        <translation>
            <numerusform>%n 帧</numerusform>
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
        <translation>接续其他来源的片段，从第 %1 帧开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues #%1 (deleted) from frame %2</source>
        <translation>接续 #%1（已删除），从第 %2 帧开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continues #%1 from frame %2</source>
        <translation>接续 #%1，从第 %2 帧开始</translation>
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
        <translation>无法使用作品库数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/library/library_p.h" line="+6"/>
        <source>The library is not open.</source>
        <translation>作品库未打开。</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="-172"/>
        <location line="+77"/>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>无法打开作品库 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.</source>
        <translation>作品库 %1 已损坏或不是 Wan Studio 作品库（%2）。该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a Wan Studio library. It was left as it is.</source>
        <translation>文件 %1 不是 Wan Studio 作品库。该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).</source>
        <translation>作品库 %1 由更新版本的 Wan Studio 写入（架构版本 %2；此版本只能读取 %3）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library %1 could not be checked (%2). It was left as it is.</source>
        <translation>无法检查作品库 %1（%2）。该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library %1 is damaged (%2). It was left as it is.</source>
        <translation>作品库 %1 已损坏（%2）。该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The library %1 could not be set up: %2</source>
        <translation>无法初始化作品库 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library %1 could not be upgraded and was left at its previous version: %2</source>
        <translation>无法升级作品库 %1，已保留为之前的版本：%2</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+108"/>
        <location line="+20"/>
        <location filename="../app/library/library_owners.cpp" line="+45"/>
        <source>There is no run %1 in the library.</source>
        <translation>作品库中没有任务 %1。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The run was removed, but these files could not be deleted: %1</source>
        <translation>任务已移除，但以下文件无法删除：%1</translation>
    </message>
    <message>
        <location filename="../app/library/library_sequences.cpp" line="+86"/>
        <source>There is no sequence %1 in the library: it may have been deleted.</source>
        <translation>作品库中没有序列 %1：它可能已被删除。</translation>
    </message>
</context>
<context>
    <name>wan::library::LibraryRebuild</name>
    <message>
        <location filename="../app/library/libraryrebuild.cpp" line="+69"/>
        <source>%1 could not be moved aside: %2</source>
        <translation>无法将 %1 移到一旁：%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its settings are not those of a Wan Studio run</source>
        <translation>其设置不属于 Wan Studio 任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>wan::library::Mp4Metadata</name>
    <message>
        <location filename="../app/library/mp4metadata.cpp" line="+220"/>
        <source>its index (moov box) is damaged</source>
        <translation>其索引（moov box）已损坏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a fragmented MP4, which is not supported</source>
        <translation>它是分片 MP4，不受支持</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its user data (udta box) is damaged</source>
        <translation>其用户数据（udta box）已损坏</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+84"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a complete MP4 video: %2</source>
        <translation>%1 不是完整的 MP4 视频：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 has two indexes (moov boxes)</source>
        <translation>%1 包含两个索引（moov box）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an index (moov box) too large to edit</source>
        <translation>%1 的索引（moov box）过大，无法编辑</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 cannot be changed: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written beside the video: %2</source>
        <translation>无法在视频所在位置写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rewritten video failed its check: %1</source>
        <translation>重写后的视频未通过检查：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rewritten video does not give its settings back: %1</source>
        <translation>无法从重写后的视频中读回设置：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rewritten video gives different settings back</source>
        <translation>从重写后的视频中读回的设置不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an MP4 video</source>
        <translation>%1 不是 MP4 视频</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no index (moov box); it is incomplete</source>
        <translation>%1 没有索引（moov box），文件不完整</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the settings in %1 are damaged: %2</source>
        <translation>%1 中的设置已损坏：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Wan Studio settings</source>
        <translation>%1 不包含 Wan Studio 设置</translation>
    </message>
</context>
<context>
    <name>wan::media::ClipFrames</name>
    <message>
        <location filename="../app/media/clipframes.cpp" line="+64"/>
        <source>The clip “%1” does not exist.</source>
        <translation>片段“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file: give the path of an MP4 clip.</source>
        <translation>“%1”不是文件：请指定一个 MP4 片段的路径。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clip “%1” cannot be read: %2.</source>
        <translation>无法读取片段“%1”：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is empty (0 bytes): it holds no video.</source>
        <translation>文件“%1”为空（0 字节）：其中没有视频。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio decodes clips with, could not be loaded: %1</source>
        <translation>无法加载 Wan Studio 用来解码片段的 FFmpeg 库：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The clip “%1” is incomplete (%2): it was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>片段“%1”不完整（%2）：它可能在保存、复制或下载时被截断了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is not a video: it is not in a format FFmpeg can read.</source>
        <translation>文件“%1”不是视频：它不是 FFmpeg 能读取的格式。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The video in “%1” is %2, which this computer&apos;s FFmpeg cannot decode.</source>
        <translation>“%1”中的视频是 %2 格式，本机的 FFmpeg 无法解码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” holds no video stream (only sound or other data).</source>
        <translation>文件“%1”中没有视频流（只有声音或其他数据）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video in “%1” does not say its frame rate, so its frames cannot be numbered.</source>
        <translation>“%1”中的视频没有注明帧率，因此无法为其帧编号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to decode “%1”.</source>
        <translation>内存不足，无法解码“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The video in “%1” (%2) cannot be decoded: %3.</source>
        <translation>无法解码“%1”中的视频（%2）：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip “%1” holds no video frames.</source>
        <translation>片段“%1”中没有视频帧。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clip “%1” is incomplete: the file ends after %2 of its %3 frames. It was probably cut off while it was being saved, copied or downloaded.</source>
        <translation>片段“%1”不完整：文件在其 %3 帧中的第 %2 帧之后就结束了。它可能在保存、复制或下载时被截断了。</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Frame %1 is past the end of “%2”: the clip has %n frame(s), numbered 0 to %3.</source>
        <translation>
            <numerusform>第 %1 帧超出了“%2”的结尾：该片段共有 %n 帧，编号为 0 到 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 s is past the end of “%2”: the clip lasts %3 s (%n frame(s) at %4 fps; the last one starts at %5 s).</source>
        <translation>
            <numerusform>%1 秒超出了“%2”的结尾：该片段时长 %3 秒（%4 fps，共 %n 帧；最后一帧从 %5 秒开始）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>No clip is open.</source>
        <translation>没有打开的片段。</translation>
    </message>
    <message>
        <location filename="../app/media/clipframes_decode.cpp" line="+72"/>
        <source>“%1” cannot be read from its start.</source>
        <translation>无法从头读取“%1”。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 of “%2” is missing: the decoder went on to frame %3. The clip may be damaged.</source>
        <translation>“%2”的第 %1 帧缺失：解码器直接跳到了第 %3 帧。该片段可能已损坏。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be decoded: %2.</source>
        <translation>无法解码“%1”：%2。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Frame %1 of “%2” could not be decoded: the clip is damaged.</source>
        <translation>无法解码“%2”的第 %1 帧：该片段已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” ends at frame %2, before frame %3, although it says it has %4 frames: the clip is damaged or cut short.</source>
        <translation>“%1”声称有 %4 帧，却在第 %3 帧之前的第 %2 帧就结束了：该片段已损坏或被截断。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frames of “%1” (%2) cannot be converted to RGB.</source>
        <translation>无法将“%1”的帧（%2）转换为 RGB。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory for a %1x%2 frame.</source>
        <translation>内存不足，无法容纳 %1x%2 的帧。</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePng</name>
    <message>
        <location filename="../app/media/framepng.cpp" line="+133"/>
        <source>The frame could not be saved as “%1”: %2</source>
        <translation>无法将该帧保存为“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no picture to save.</source>
        <translation>没有可保存的图像。</translation>
    </message>
</context>
<context>
    <name>wan::media::FramePosition</name>
    <message>
        <location filename="../app/media/frameposition.cpp" line="+31"/>
        <source>“%1” is not a frame: frames count from 0 (the first), and times from 0.0 seconds.</source>
        <translation>“%1”不是帧：帧从 0（第一帧）开始计数，时间从 0.0 秒开始计数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a frame: give first, last, a frame index from 0 (for example 40) or a time in seconds with a decimal point (for example 2.5).</source>
        <translation>“%1”不是帧：请指定 first、last、从 0 开始的帧序号（例如 40），或带小数点的秒数（例如 2.5）。</translation>
    </message>
</context>
<context>
    <name>wan::media::VideoExport</name>
    <message>
        <location filename="../app/media/mltproject.cpp" line="+24"/>
        <location filename="../app/media/videoexport.cpp" line="+285"/>
        <source>There is nothing to export: name at least one clip.</source>
        <translation>没有可导出的内容：请至少指定一个片段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/media/videoexport.cpp" line="+93"/>
        <source>“%1” already exists. Choose another name, or allow replacing it.</source>
        <translation>“%1”已存在。请选择其他名称，或允许替换它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/media/videoexport.cpp" line="-58"/>
        <source>The trim %1:%2 is outside “%3”: its frames are numbered 0 to %4, and the in point must not come after the out point.</source>
        <translation>裁剪 %1:%2 超出了“%3”的范围：其帧编号为 0 到 %4，且入点不能在出点之后。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/media/videoexport.cpp" line="-22"/>
        <source>There are %1 joins but %2 crossfades: give one crossfade per join.</source>
        <translation>有 %1 个衔接处，但有 %2 个交叉淡化：请为每个衔接处指定一个交叉淡化。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <location filename="../app/media/videoexport.cpp" line="+229"/>
        <location filename="../app/media/videoexport_write.cpp" line="+30"/>
        <source>The export could not be written in “%1”: %2. Nothing was left behind.</source>
        <translation>无法在“%1”中写入导出：%2。没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="-415"/>
        <location line="+23"/>
        <location line="+372"/>
        <location line="+40"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Say where to save the export.</source>
        <translation>请指定导出的保存位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the crossfade 0 frames or more.</source>
        <translation>尺寸必须为 16 到 8192 像素，帧率大于 0 且不超过 240，交叉淡化为 0 帧或以上。</translation>
    </message>
    <message>
        <location filename="../app/media/mltproject.cpp" line="-131"/>
        <location filename="../app/media/videoexport.cpp" line="+58"/>
        <source>A crossfade of %1 frames does not fit: “%2” has only %3 frames to blend (%4 needed). Choose a shorter crossfade.</source>
        <translation>%1 帧的交叉淡化放不下：“%2”只有 %3 帧可用于混合（需要 %4 帧）。请选择更短的交叉淡化。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport.cpp" line="+25"/>
        <source>“%1” already exists: the frames go into a new or empty folder. Choose another name.</source>
        <translation>“%1”已存在：帧图片需要放入新的或空的文件夹。请选择其他名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the clips being exported: choose another name.</source>
        <translation>“%1”是正在导出的片段之一：请选择其他名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” cannot be written.</source>
        <translation>无法写入文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FFmpeg&apos;s libraries, which Wan Studio exports with, could not be loaded: %1</source>
        <translation>无法加载 Wan Studio 用于导出的 FFmpeg 库：%1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../app/media/videoexport_copy.cpp" line="+206"/>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>导出已取消；没有留下任何文件。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The export could not be put in place as “%1”: %2. Nothing was left behind.</source>
        <translation>无法将导出放置为“%1”：%2。没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_copy.cpp" line="-36"/>
        <source>The clips could not be copied: %1.</source>
        <translation>无法复制片段：%1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clips could not be copied: a clip could not be read again.</source>
        <translation>无法复制片段：无法再次读取某个片段。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_read.cpp" line="+94"/>
        <location line="+48"/>
        <source>“%1” cannot be decoded: %2</source>
        <translation>“%1”无法解码：%2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the clip ends at frame %1, before frame %2: it is damaged or cut short.</source>
        <translation>片段在第 %1 帧结束，早于第 %2 帧：它已损坏或被截断。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_write.cpp" line="-5"/>
        <source>The disk is full (or the file grew past the size this computer allows): the export did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>磁盘已满（或文件超过了此计算机允许的大小）：导出无法放入“%1”。请释放空间或选择其他位置，然后重新导出；没有留下任何文件。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The encoder (%1) failed: %2.</source>
        <translation>编码器（%1）失败：%2。</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This computer&apos;s FFmpeg has no %1 encoder, which this format needs. Install Debian&apos;s libavcodec59 (packaging/install-deps.sh) or choose another format.</source>
        <translation>此计算机的 FFmpeg 没有此格式所需的 %1 编码器。请安装 Debian 的 libavcodec59（packaging/install-deps.sh）或选择其他格式。</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>The disk is full: the frames did not fit in “%1”. Free some space or choose another place, then export again; nothing was left behind.</source>
        <translation>磁盘已满：帧图片无法放入“%1”。请释放空间或选择其他位置，然后重新导出；没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../app/media/videoexport_spill.cpp" line="+33"/>
        <source>The frames to play back could not be kept in “%1”: %2. Free some space there, or export without ping-pong.</source>
        <translation>无法将用于倒放的帧保存在“%1”中：%2。请在该处腾出空间，或不使用乒乓循环导出。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>a picture of another kind</source>
        <translation>另一种类型的图像</translation>
    </message>
</context>
<context>
    <name>wan::ui::Appearance</name>
    <message>
        <location filename="../ui/common/appearance.cpp" line="+154"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the desktop</source>
        <translation>跟随桌面</translation>
    </message>
</context>
<context>
    <name>wan::ui::ClipStrip</name>
    <message>
        <location filename="../ui/player/clipstrip.cpp" line="+208"/>
        <source>Session clips</source>
        <translation>本次会话的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s clips, newest first. Click one to play it.</source>
        <translation>本次会话的片段，最新的在前。单击一个即可播放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, at the same moment, playing or paused as it was.</source>
        <translation>%1 和 %2 切换到较新和较旧的片段；%3 在此片段与之前显示的片段之间切换，保持相同的时间点，播放或暂停状态不变。</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareCaption</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+285"/>
        <source>Settings of clip %1</source>
        <translation>片段 %1 的设置</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareLockstep</name>
    <message>
        <location filename="../ui/gallery/comparelockstep.cpp" line="+133"/>
        <location line="+53"/>
        <source>the file is damaged or not a video</source>
        <translation>文件已损坏或不是视频</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareSummary</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="+47"/>
        <source>Same for all: %1</source>
        <translation>全部相同：%1</translation>
    </message>
</context>
<context>
    <name>wan::ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/gallery/compareview.cpp" line="+111"/>
        <source>%n run(s) without a finished video left out.</source>
        <translation>
            <numerusform>已排除 %n 个没有完成视频的任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 runs are compared.</source>
        <translation>仅对比前 %1 个任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+202"/>
        <source>Choose two to four finished runs to compare.</source>
        <translation>请选择 2 到 4 个已完成的任务进行对比。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>无法播放片段 %1：%2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Compare Runs</source>
        <translation>对比任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1</source>
        <translation>片段 %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery/compareview_frames.cpp" line="+51"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>将帧另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y Frame</source>
        <translation>复制帧(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from &amp;This Frame</source>
        <translation>从此帧继续(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>从最后一帧继续(&amp;F)</translation>
    </message>
</context>
<context>
    <name>wan::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+87"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the clips…</source>
        <translation>正在读取片段…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频 (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>WebM 视频 (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF (loops, 256 colours)</source>
        <translation>GIF（循环，256 色）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated WebP (loops)</source>
        <translation>动画 WebP（循环）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>PNG 帧（一个文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best (larger file)</source>
        <translation>最佳（文件较大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller file</source>
        <translation>较小的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality:</source>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the clip&apos;s</source>
        <translation>保持片段原样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &amp;rate:</source>
        <translation>帧率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ping-pong loop: forward, then back</source>
        <translation>往返循环：先正放再倒放(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fr&amp;om frame:</source>
        <translation>起始帧(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To frame:</source>
        <translation>结束帧(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossfa&amp;de at joins:</source>
        <translation>衔接处交叉淡化(&amp;D)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Match colours where a clip continues the one before</source>
        <translation>在片段接续前一个片段之处匹配颜色(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A continuation&apos;s colours drift a little from the frame it starts from; this corrects each continuing clip toward that frame, so the joins do not jump in colour.</source>
        <translation>接续片段的颜色会与其起始帧略有偏差；此选项将每个接续片段校正为该帧的颜色，使衔接处的颜色不会跳变。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;in Folder</source>
        <translation>在文件夹中显示(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be exported: %1</source>
        <translation>无法导出任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1”: %n frame(s), %2 × %3, %4 fps.</source>
        <translation>
            <numerusform>“%1”：%n 帧，%2 × %3，%4 fps。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n clip(s), joined in this order: %1 frames in all.</source>
        <translation>
            <numerusform>%n 个片段，按此顺序连接：共 %1 帧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.</source>
        <translation>
            <numerusform>其中 %n 个接续前一个片段，并重复其最后一帧：该帧只显示一次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Use the sequence&apos;s crossfade at each join (%1 frames)</source>
        <translation>在每个衔接处使用序列的交叉淡化（%1 帧）(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncheck to use the one crossfade above at every join instead</source>
        <translation>取消勾选则改为在每个衔接处使用上方的同一个交叉淡化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these clips continues the one before it: there is no join to match.</source>
        <translation>这些片段都不接续前一个片段：没有需要匹配的衔接处。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Original (%1 × %2)</source>
        <translation>原始尺寸 (%1 × %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the clip&apos;s (%1 fps)</source>
        <translation>保持片段原样 (%1 fps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (*.webm)</source>
        <translation>WebM 视频 (*.webm)</translation>
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
        <translation>用于存放帧的新文件夹 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+47"/>
        <source>Say where to save the export: a file name in “Save as”.</source>
        <translation>请指定导出的保存位置：在“保存为”中填写文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the export…</source>
        <translation>正在开始导出…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>“%1”已存在。要用导出的文件替换它吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: choose another name, or agree to replace the file.</source>
        <translation>未导出任何内容：请选择其他名称，或同意替换该文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting: frame %1 of %2</source>
        <translation>正在导出：第 %1 帧，共 %2 帧</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>，约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>，约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved “%1”: %n frame(s), %2 × %3.</source>
        <translation>
            <numerusform>已保存“%1”：%n 帧，%2 × %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clips were copied as they are, without encoding them again.</source>
        <translation>片段已按原样复制，未重新编码。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
</context>
<context>
    <name>wan::ui::FrameSaver</name>
    <message>
        <location filename="../ui/common/framesaver.cpp" line="+30"/>
        <source>last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Frame as PNG</source>
        <translation>将帧另存为 PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The frame could not be taken from the clip: %1</source>
        <translation>无法从片段中取出该帧：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame %1 (%2x%3) copied.</source>
        <translation>已复制第 %1 帧（%2x%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 saved as “%2”.</source>
        <translation>第 %1 帧已保存为“%2”。</translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/gallerydelegate.cpp" line="+66"/>
        <source>Preparing preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n continuation(s)</source>
        <translation>
            <numerusform>%n 个接续</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery/galleryview.cpp" line="+53"/>
        <source>Delete Clips</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Favourites &amp;only</source>
        <translation>仅显示收藏(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip actions</source>
        <translation>片段操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four finished clips side by side (C)</source>
        <translation>并排对比 2 到 4 个已完成的片段 (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same image as selected</source>
        <translation>与所选项相同的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No clips match.</source>
        <translation>没有匹配的片段。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move %n clip(s) to the trash?</source>
        <translation>
            <numerusform>要将 %n 个片段移到回收站吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.</source>
        <translation>
            <numerusform>%n 次运行接续这些片段。它们保留各自的片段，并会显示所接续的片段已被删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the clip “%1”.</source>
        <translation>无法删除片段“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing clips made from “%1”</source>
        <translation>正在显示由“%1”生成的片段</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the folder “%1”.</source>
        <translation>无法打开文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/gallery/galleryview_frames.cpp" line="+89"/>
        <source>Continue from last frame</source>
        <translation>从最后一帧继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run (E)</source>
        <translation>片段准确的最后一帧将成为下一次运行的图像 (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chain</source>
        <translation>显示链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the clips this one continues, from the first shot to this one, one after the other (H)</source>
        <translation>从第一个镜头到这一个，依次播放此片段所接续的片段 (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)</source>
        <translation>将所选片段连接后保存为 MP4、WebM、GIF、WebP 或 PNG 帧 (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save first frame as PNG…</source>
        <translation>将第一帧另存为 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save last frame as PNG…</source>
        <translation>将最后一帧另存为 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy first frame</source>
        <translation>复制第一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last frame</source>
        <translation>复制最后一帧</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames</source>
        <translation>帧</translation>
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
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Waiting</source>
        <translation>等待中</translation>
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
        <translation>无法播放片段 %1，%2：%3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid: %1 × %2</source>
        <translation>网格：%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click one, or use its button, to open it in the studio.</source>
        <translation>
            <numerusform>%n 个任务中已完成 %1 个。行：%2；列：%3。已完成的片段同步播放；双击其中一个或使用它的按钮，即可在工作室中打开。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in Studio</source>
        <translation>在工作室中打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays this clip (%1) in the studio&apos;s player.</source>
        <translation>在工作室的播放器中播放此片段（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1</source>
        <translation>片段 %1</translation>
    </message>
</context>
<context>
    <name>wan::ui::HeldRunsBox</name>
    <message>
        <location filename="../ui/dialogs/heldrunsbox.cpp" line="+19"/>
        <source>Runs not sent</source>
        <translation>未发送的任务</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) queued in an earlier session were never sent. Send them now?</source>
        <translation>
            <numerusform>之前会话中排队的 %n 个任务从未发送。现在发送吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, choose Discard.</source>
        <translation>
            <numerusform>尚未为它们收费。发送它们大约需要 %1 积分。如果之后已重新生成，请选择“丢弃”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · queued %2 · %3</source>
        <translation>#%1 · 排队于 %2 · %3</translation>
    </message>
</context>
<context>
    <name>wan::ui::ImageWell</name>
    <message>
        <location filename="../ui/studio/imagewell.cpp" line="+122"/>
        <location line="+4"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The picture the video starts from. Click (or press Space) to choose a file, drop one here, or paste one with Ctrl+V. The bright frame is the part the video keeps.</source>
        <translation>视频的起始画面。点击（或按空格键）选择文件，将文件拖放到此处，或按 Ctrl+V 粘贴。亮框内是视频保留的部分。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size of the picture → size it is uploaded at (just enough to cover the video frame).</source>
        <translation>图片尺寸 → 上传尺寸（刚好足以覆盖视频画面）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Image URL</source>
        <translation>图像 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste an https:// image address</source>
        <translation>或粘贴 https:// 图像地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address of a picture; press Enter to load it. It is downloaded without your API key, for the preview and the upload.</source>
        <translation>图片的 https:// 地址；按 Enter 键加载。下载时不会使用您的 API 密钥，下载的图片用于预览和上传。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Downloading image…</source>
        <translation>正在下载图像…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading image…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving pasted image…</source>
        <translation>正在保存粘贴的图像…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.</source>
        <translation>尚未选择图像。支持 JPEG、PNG、WebP、BMP、TIFF 或 GIF。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an Image</source>
        <translation>选择图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a picture, an image file or an https:// image address, then paste again.</source>
        <translation>请复制图片、图像文件或 https:// 图像地址，然后重新粘贴。</translation>
    </message>
    <message>
        <location filename="../ui/studio/imagewell_paint.cpp" line="+75"/>
        <source>Click to choose an image,
or drop or paste one here</source>
        <translation>点击选择图像，
或将图像拖放或粘贴到此处</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Video frame %1x%2</source>
        <translation>视频画面 %1x%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+109"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+28"/>
        <source>&amp;Player</source>
        <translation>播放器(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="+0"/>
        <source>&amp;Library</source>
        <translation>作品库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="+55"/>
        <source>Runs</source>
        <translation>任务列表</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Newer Clip</source>
        <translation>较新的片段(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older Clip</source>
        <translation>较旧的片段(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flip to the Clip Before (A/B)</source>
        <translation>与上一个片段切换 (A/B)(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Runs</source>
        <translation>任务列表(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+33"/>
        <source>Local demo: no AI, no real credits</source>
        <translation>本地演示：不使用 AI，不消耗真实积分</translation>
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
        <translation>将此图像、提示词和参数发送到 %1（Ctrl+Enter）。约 %2 积分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Generate is unavailable</source>
        <translation>无法生成的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-42"/>
        <source>&amp;Cancel run</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_menus.cpp" line="-1"/>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../ui/shell/mainwindow_runs.cpp" line="-28"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+46"/>
        <source>Se&amp;quences</source>
        <translation>序列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Clip As…</source>
        <translation>片段另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>将参数重置为默认值(&amp;R)</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>&amp;Run</source>
        <translation>任务(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Variations and Sweeps…</source>
        <translation>变体与参数扫描(&amp;V)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;Library</source>
        <translation>显示作品库(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;pending…</source>
        <translation>支出(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs &amp;Not Sent…</source>
        <translation>未发送的任务(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Run</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh Credits</source>
        <translation>刷新积分(&amp;R)</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Wan Studio</source>
        <translation>关于 Wan Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Wan Studio</source>
        <translation>关于 Wan Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;Short videos from a still image with Segmind&apos;s %2.&lt;/p&gt;&lt;p&gt;Running on Qt %3.&lt;/p&gt;&lt;p&gt;Wan Studio is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD licence&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wan Studio %1&lt;/h3&gt;&lt;p&gt;使用 Segmind 的 %2，把一张静态图片变成短视频。&lt;/p&gt;&lt;p&gt;运行于 Qt %3。&lt;/p&gt;&lt;p&gt;Wan Studio 是以 MIT 许可证发布的自由软件。&lt;/p&gt;&lt;p&gt;使用了：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt：GNU LGPL 第 3 版&lt;/li&gt;&lt;li&gt;QtKeychain：BSD 许可证&lt;/li&gt;&lt;li&gt;SQLite：公有领域&lt;/li&gt;&lt;li&gt;FFmpeg（通过 Qt Multimedia）：GNU LGPL 2.1 或更高版本&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+67"/>
        <source>Runs in progress</source>
        <translation>有任务正在进行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>仍有 %n 个任务正在进行。即使关闭 Wan Studio，服务也会完成这些任务，并可能计费。仍要退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add your Segmind API key in Settings to generate.</source>
        <translation>请先在设置中添加 Segmind API 密钥，然后才能生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image first: click the image area, drop a file on it, or paste one.</source>
        <translation>请先选择图像：点击图像区域、将文件拖放到其上，或粘贴图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a prompt: what should happen in the video?</source>
        <translation>请输入提示词：视频中应发生什么？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your balance (%1) is lower than one run&apos;s typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.</source>
        <translation>您的余额（%1）低于单个任务的典型费用（%2）。服务可能会拒绝该任务；请在 Segmind 控制台的 Billing 页面充值。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A run from the last session was fetched: %1</source>
        <translation>已获取上次会话中的任务：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again</source>
        <translation>重新发送</translation>
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
        <translation>余额低于单个任务的典型费用（%1）。请在 Segmind 控制台的 Billing 页面充值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Segmind balance, as the service last reported it.</source>
        <translation>服务最近一次报告的 Segmind 余额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wan Studio — local demo: no AI, no real credits</source>
        <translation>Wan Studio — 本地演示：不使用 AI，不消耗真实积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wan Studio</source>
        <translation>Wan Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_library.cpp" line="+77"/>
        <source>Settings restored: the image, prompt and every parameter; the seed stays random.</source>
        <translation>已恢复设置：图像、提示词和所有参数；种子保持随机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings restored: the image, prompt and every parameter, seed %1 included.</source>
        <translation>已恢复设置：图像、提示词和所有参数（包括种子 %1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n run(s) queued.</source>
        <translation>
            <numerusform>已将 %n 个任务加入队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compare %n clip(s) — Wan Studio</source>
        <translation>
            <numerusform>对比 %n 个片段 — Wan Studio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 holds no Wan Studio settings (only clips made by Wan Studio do).</source>
        <translation>%1 不包含 Wan Studio 设置（只有 Wan Studio 生成的片段才包含）。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_continue.cpp" line="+104"/>
        <location line="+4"/>
        <source>Taking the last frame of “%1”…</source>
        <translation>正在取出“%1”的最后一帧…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking frame %1 of “%2”…</source>
        <translation>正在取出“%2”的第 %1 帧…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not continue from “%1”: %2</source>
        <translation>无法从“%1”继续：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.</source>
        <translation>图像正是“%2”的第 %1 帧。编辑提示词并点击生成：新的运行将记录它接续了此片段。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This chain has no finished clip to play.</source>
        <translation>此链中没有可播放的已完成片段。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Playing the chain of %n clip(s), one after the other: %1.</source>
        <translation>
            <numerusform>正在依次播放 %n 个片段组成的链：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts at %1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>它从 %1 开始：它所接续的片段 (#%2) 已从资料库中删除。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_export.cpp" line="+24"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped</source>
        <translation>将片段保存为 MP4、WebM、GIF、动画 WebP 或 PNG 帧：可裁剪、缩放或循环</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no clip to export: play one first.</source>
        <translation>没有可导出的片段：请先播放一个片段。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sequences live in the library, which is not open.</source>
        <translation>序列保存在作品库中，而作品库未打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sequence %1 in the library.</source>
        <translation>作品库中没有序列 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sequence “%1” is empty: add clips to it, then export it.</source>
        <translation>序列“%1”为空：请先添加片段，再导出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 of the sequence “%2” is no longer in the library: take it out of the sequence, then export it.</source>
        <translation>序列“%2”中的任务 %1 已不在作品库中：请将其从序列中移除，再导出。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow_sequences.cpp" line="+22"/>
        <source>Make Sequence from Chain</source>
        <translation>从链创建序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new sequence of the clips this one continues and the clips that continue it, first shot first</source>
        <translation>由此片段所接续的片段和接续此片段的片段组成的新序列，第一个镜头在前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Sequence…</source>
        <translation>新建序列…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Sequence</source>
        <translation>添加到序列</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Previous Join</source>
        <translation>上一个衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>下一个衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Review</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sequence</source>
        <translation>返回序列</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Join %1 of %2: a continuation, its repeated frame dropped</source>
        <translation>衔接 %1/%2：延续片段，重复的帧已去掉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join %1 of %2: a cut</source>
        <translation>衔接 %1/%2：剪切</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame).</source>
        <translation>此片段不属于由已完成片段组成的链：请先延续它（从最后一帧继续）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of #%1</source>
        <translation>#%1 的链</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain starts at #%1: the clip it continued (#%2) was deleted from the library.</source>
        <translation>链从 #%1 开始：它所延续的片段（#%2）已从作品库中删除。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n clip(s) of the chain had more than one continuation: the first one made was taken each time.</source>
        <translation>
            <numerusform>链中有 %n 个片段有多个接续：每次都选用了最先创建的那个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow_spending.cpp" line="+51"/>
        <source>%n run(s) of this batch are held; none of them was sent or charged.</source>
        <translation>
            <numerusform>此批次有 %n 个任务暂停；均未发送，也未收费。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent or charged.</source>
        <translation>未发送任何内容，也未收费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>仍然发送(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t Send</source>
        <translation>不发送(&amp;D)</translation>
    </message>
</context>
<context>
    <name>wan::ui::MediaPlayback</name>
    <message>
        <location filename="../ui/player/mediaengine.cpp" line="+58"/>
        <source>the video player could not be loaded (%1); reinstall Wan Studio</source>
        <translation>无法加载视频播放器（%1）；请重新安装 Wan Studio</translation>
    </message>
</context>
<context>
    <name>wan::ui::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+21"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>wan::ui::ParameterForm</name>
    <message>
        <location filename="../ui/studio/parameterform.cpp" line="+104"/>
        <source>Ra&amp;ndom each run</source>
        <translation>每次随机(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse &amp;last seed</source>
        <translation>复用上次种子(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset to defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Clip length</source>
        <translation>片段时长</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Set every parameter back to the model&apos;s default.</source>
        <translation>将所有参数恢复为模型的默认值。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Show or hide the parameters that are rarely changed.</source>
        <translation>显示或隐藏很少更改的参数。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Use a different random seed for every run. The seed actually used is kept with each result.</source>
        <translation>每次任务使用不同的随机种子。实际使用的种子会随每个结果一起保存。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Put the seed of the last run (%1) into the field.</source>
        <translation>将上次任务的种子（%1）填入输入框。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once a run has finished.</source>
        <translation>任务完成后可用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 frames at %2 fps = %3 s</source>
        <translation>%1 帧，%2 fps = %3 秒</translation>
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
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy File Path</source>
        <translation>复制文件路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag or use the arrow keys to move through the clip</source>
        <translation>拖动或使用方向键在片段中移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback Speed</source>
        <translation>播放速度</translation>
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
        <translation>当前时间和片段时长</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · frame %2</source>
        <translation>%1 · 第 %2 帧</translation>
    </message>
</context>
<context>
    <name>wan::ui::PlayerView</name>
    <message>
        <location filename="../ui/player/playerview.cpp" line="+57"/>
        <location line="+8"/>
        <source>Could not read the clip: %1</source>
        <translation>无法读取片段：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the file is damaged or not a video</source>
        <translation>文件已损坏或不是视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clip cannot be played: %1</source>
        <translation>无法播放此片段：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This clip cannot be played: the file is damaged or not a video.</source>
        <translation>无法播放此片段：文件已损坏或不是视频。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The clip “%1” could not be found.</source>
        <translation>找不到片段“%1”。</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save Clip As</source>
        <translation>片段另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no clip to save.</source>
        <translation>没有可保存的片段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Saved the clip as “%1”.</source>
        <translation>已将片段保存为“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the clip&apos;s path to the clipboard.</source>
        <translation>已将片段路径复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the folder “%1”.</source>
        <translation>无法打开文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your clip will play here</source>
        <translation>片段将在此处播放</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+397"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../ui/player/playerview_frames.cpp" line="+54"/>
        <source>Save Frame as &amp;PNG…</source>
        <translation>将帧另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the frame on screen, decoded at the clip&apos;s full size, with the run&apos;s settings</source>
        <translation>保存屏幕上的帧，按片段的完整尺寸解码，并附带运行的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Frame</source>
        <translation>复制帧(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;This Frame</source>
        <translation>从此帧继续(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from Last &amp;Frame</source>
        <translation>从最后一帧继续(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s exact last frame becomes the image of the next run</source>
        <translation>片段准确的最后一帧将成为下一次运行的图像</translation>
    </message>
</context>
<context>
    <name>wan::ui::PromptEditor</name>
    <message>
        <location filename="../ui/studio/prompteditor.cpp" line="+51"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what happens in the clip: what moves, how the camera moves, the light and mood. %1 generates.</source>
        <translation>描述片段中发生的事情：什么在动、镜头如何运动、光线和氛围。按 %1 生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt sent with the image. %1 generates.</source>
        <translation>与图像一起发送的提示词。按 %1 生成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt length warning</source>
        <translation>提示词长度警告</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>最近的提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the last prompts you generated with into the editor.</source>
        <translation>将最近用于生成的某条提示词填入编辑框。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Shot vocabulary</source>
        <translation>镜头词汇</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the cursor (%1).</source>
        <translation>镜头运动、景别、镜头与对焦、光线、运动速度和氛围：模型能理解的短语，可插入到光标处（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This prompt is very long: %L1 characters (about 1,000 work well). It is sent unchanged; the service may refuse it or use only part of it. Shorten it to be sure.</source>
        <translation>这个提示词很长：%L1 个字符（约 1,000 个字符效果较好）。它会原样发送；服务可能拒绝它或只使用其中一部分。为稳妥起见，请缩短。</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunDifferences</name>
    <message>
        <location filename="../ui/gallery/comparecaption.cpp" line="-205"/>
        <source>Differs between the compared runs</source>
        <translation>各对比任务之间存在差异</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <comment>caption line: parameter label, value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsDelegate</name>
    <message>
        <location filename="../ui/shell/runsdelegate.cpp" line="+71"/>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
</context>
<context>
    <name>wan::ui::RunsView</name>
    <message>
        <location filename="../ui/shell/runsview.cpp" line="+109"/>
        <source>Runs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel run</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway (past the budget cap)</source>
        <translation>仍然发送（超出预算上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from last frame</source>
        <translation>从最后一帧继续</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not open the folder “%1”.</source>
        <translation>无法打开文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceClipModel</name>
    <message>
        <location filename="../ui/gallery/sequenceclipmodel.cpp" line="+166"/>
        <source>Continues the clip before: its repeated first frame is dropped</source>
        <translation>延续前一个片段：去掉其重复的第一帧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continues frame %1 of the clip before, which is not its out point: nothing dropped</source>
        <translation>延续前一个片段的第 %1 帧，但它不是出点：不去掉任何帧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cut: nothing dropped</source>
        <translation>剪切：不去掉任何帧</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(crossfade of %n frame(s))</source>
        <translation>
            <numerusform>（%n 帧交叉淡化）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1. #%2 (no longer in the library)</source>
        <translation>%1. #%2（已不在作品库中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. #%2</source>
        <translation>%1. #%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. #%2 · frames %3–%4</source>
        <translation>%1. #%2 · 第 %3–%4 帧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join: repeated frame dropped</source>
        <translation>衔接：已去掉重复帧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join: nothing dropped</source>
        <translation>衔接：未去掉任何帧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was deleted from the library.</source>
        <translation>此任务已从作品库中删除。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequencePanel</name>
    <message>
        <location filename="../ui/gallery/sequencepanel.cpp" line="+206"/>
        <source>Delete Sequence</source>
        <translation>删除序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sequence “%1”? Its clips stay in the Library.</source>
        <translation>删除序列“%1”？其中的片段仍保留在作品库中。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty sequence; add clips from the Library (its context menu, or drag them here)</source>
        <translation>新建空序列；从作品库添加片段（其右键菜单，或拖到这里）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sequence (its clips stay in the Library)</source>
        <translation>删除此序列（其中的片段仍保留在作品库中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to reorder; Delete removes the selected clip</source>
        <translation>拖动以重新排序；按 Delete 移除所选片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>In:</source>
        <translation>入点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Out:</source>
        <translation>出点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set In</source>
        <translation>设为入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the first frame (I)</source>
        <translation>光标处的帧成为第一帧 (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Out</source>
        <translation>设为出点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame under the cursor becomes the last frame (O)</source>
        <translation>光标处的帧成为最后一帧 (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Crossfade:</source>
        <translation>交叉淡化：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended with the clip before, in the player and in an export</source>
        <translation>与前一个片段交叉混合的帧数（在播放器和导出中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Clip</source>
        <translation>移除片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sequence</source>
        <translation>播放序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the whole sequence in the player, with one scrub bar across it</source>
        <translation>在播放器中播放整个序列，整段只有一条进度条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Seam</source>
        <translation>检查衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop one second around a join: half a second before it, half a second after</source>
        <translation>循环播放衔接处前后一秒：之前半秒，之后半秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Join</source>
        <translation>上一个衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Join</source>
        <translation>下一个衔接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Editor (MLT)…</source>
        <translation>导出到剪辑软件 (MLT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MLT project for Shotcut or Kdenlive, referring to the original clips</source>
        <translation>引用原始片段的 MLT 项目，可用于 Shotcut 或 Kdenlive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point</source>
        <translation>单击或拖动以选择帧；左右键移动一帧（Shift：十帧），I 和 O 设置入点和出点</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Join before this clip: %1</source>
        <translation>此片段之前的衔接：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first clip of the sequence.</source>
        <translation>序列的第一个片段。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a clip to trim it.</source>
        <translation>选择一个片段进行修剪。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sequence yet: make one with New…, or from a chain in the Library (its context menu).</source>
        <translation>还没有序列：用“新建…”创建，或从作品库中的链创建（其右键菜单）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sequence.</source>
        <translation>请选择一个序列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence is empty: add clips from the Library (its context menu, or drag them here).</source>
        <translation>此序列为空：从作品库添加片段（其右键菜单，或拖到这里）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
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
            <numerusform>在衔接处去掉 %n 个重复帧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gallery/sequencepanel_library.cpp" line="+153"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>The sequence could not be saved: %1</source>
        <translation>无法保存序列：%1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Made the sequence “%1”.</source>
        <translation>已创建序列“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+20"/>
        <source>Added %n clip(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个片段添加到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>That sequence is no longer in the library.</source>
        <translation>该序列已不在作品库中。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only finished clips can go in a sequence.</source>
        <translation>只有已完成的片段才能放入序列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Sequence</source>
        <translation>新建序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new sequence:</source>
        <translation>新序列的名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Sequence</source>
        <translation>重命名序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the sequence:</source>
        <translation>序列的新名称：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sequence could not be deleted: %1</source>
        <translation>无法删除序列：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for Editor (MLT)</source>
        <translation>导出到剪辑软件 (MLT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLT project (*.mlt)</source>
        <translation>MLT 项目 (*.mlt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sequence is empty: there is nothing to export.</source>
        <translation>此序列为空：没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the MLT project “%1” for Shotcut or Kdenlive.</source>
        <translation>已写入用于 Shotcut 或 Kdenlive 的 MLT 项目“%1”。</translation>
    </message>
</context>
<context>
    <name>wan::ui::SequenceStrip</name>
    <message>
        <location filename="../ui/gallery/sequencestrip.cpp" line="+28"/>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+111"/>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a clip of the sequence</source>
        <translation>请选择序列中的一个片段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the clip…</source>
        <translation>正在读取片段…</translation>
    </message>
</context>
<context>
    <name>wan::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmind API key</source>
        <translation>Segmind API 密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SG_… (leave empty to keep the stored key)</source>
        <translation>SG_…（留空则保留已存储的密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file.</source>
        <translation>您在 Segmind 控制台（API Keys）中获取的密钥。密钥保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the service for the balance with this key.</source>
        <translation>使用此密钥向服务查询余额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove stored key</source>
        <translation>删除已存储的密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit and poll (recommended)</source>
        <translation>提交后轮询（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One blocking call (v1)</source>
        <translation>单次阻塞调用（v1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit and poll survives network drops and restarts; the blocking call is Segmind&apos;s older API.</source>
        <translation>“提交后轮询”在网络中断和重启后仍可继续；阻塞调用是 Segmind 的旧版 API。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs at &amp;once:</source>
        <translation>同时运行的任务数(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once</source>
        <translation>同时运行的任务数</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Results folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notify when a run finishes while the window is in the background</source>
        <translation>窗口处于后台时，任务完成后发送通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> credits</source>
        <translation> 积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily budget:</source>
        <translation>每日预算(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take today&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>会使今日支出超过此金额的任务将暂停，直到您选择仍然发送；0 表示无上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mont&amp;hly budget:</source>
        <translation>每月预算(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run that would take this month&apos;s spending past this is held until you send it anyway; 0 means no cap.</source>
        <translation>会使本月支出超过此金额的任务将暂停，直到您选择仍然发送；0 表示无上限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the menus, buttons and messages. System default follows the language of this computer.</source>
        <translation>菜单、按钮和消息所用的语言。“跟随系统”使用这台计算机的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wan Studio will use the new language the next time it starts.</source>
        <translation>Wan Studio 下次启动时将使用新语言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours for Wan Studio, or the desktop&apos;s own. Text size follows the desktop&apos;s font settings.</source>
        <translation>为 Wan Studio 选择浅色、深色或高对比度配色，或跟随桌面。文字大小跟随桌面的字体设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advanced: service addresses</source>
        <translation>高级：服务地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;API base:</source>
        <translation>API 基础地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload base:</source>
        <translation>上传基础地址(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload base</source>
        <translation>上传基础地址</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>按“确定”后，将删除已存储的密钥。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos cannot be saved in this results folder. %1 %2</source>
        <translation>无法在此输出文件夹中保存视频。%1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key is stored (leave empty to keep it)</source>
        <translation>已存储密钥（留空则保留）</translation>
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
        <translation>镜头词汇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. camera, light, slow</source>
        <translation>例如 camera、light、slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group.</source>
        <translation>只显示在短语、其说明或其分组中含有以所输入内容开头的词的短语。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrases:</source>
        <translation>短语(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a phrase, or press Enter on it, to put it into the prompt at the cursor.</source>
        <translation>单击短语，或选中后按 Enter，即可将其插入到提示词的光标处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to insert at the prompt&apos;s cursor. The phrases stay in English, as the model reads them.</source>
        <translation>单击或按 Enter 插入到提示词的光标处。短语保持英文，与模型读取的一致。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No phrase matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的短语。</translation>
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
        <translation>正在读取作品库…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <location line="+4"/>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Runs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per &amp;month:</source>
        <translation>每月合计(&amp;M)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spend shown:</source>
        <translation>显示的支出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The library could not be read: %1</source>
        <translation>无法读取作品库：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In all: %1 credits for %n charged run(s).</source>
        <translation>
            <numerusform>总计：%n 次收费运行共 %1 点数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) counted at the typical cost: the service did not say what they cost.</source>
        <translation>
            <numerusform>%n 次运行按典型费用计算：服务未说明其费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Per kept clip: %1 credits (%n favourite(s)).</source>
        <translation>
            <numerusform>每个保留片段：%1 点数（%n 个收藏）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library).</source>
        <translation>每个保留的片段：尚无收藏（请在作品库中将要保留的片段设为收藏）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Failed, cancelled and expired runs: %n run(s), %1 credits.</source>
        <translation>
            <numerusform>失败、取消和过期的运行：%n 次，%1 点数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of these, %n expired run(s) cost %1 credits.</source>
        <translation>
            <numerusform>其中 %n 个已过期的任务花费了 %1 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.</source>
        <translation>
            <numerusform>%n 次失败的运行可能已收费但没有记录费用；您的 Segmind 控制台中有列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.</source>
        <translation>图表不可用（%1）。上方的合计是完整的，导出的 CSV 包含每一天和每个任务。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Spend per week (the last %n week(s))</source>
        <translation>
            <numerusform>每周支出（最近 %n 周）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spend per day (the last %n day(s))</source>
        <translation>
            <numerusform>每日支出（最近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over time</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Spending as CSV</source>
        <translation>将支出导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported the days to %1 and the runs to %2.</source>
        <translation>已将每日数据导出到 %1，将任务导出到 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1. Choose another folder and try again.</source>
        <translation>无法导出：%1。请选择其他文件夹后重试。</translation>
    </message>
</context>
<context>
    <name>wan::ui::Studio</name>
    <message>
        <location filename="../ui/shell/studioapp.cpp" line="+83"/>
        <source>Batch stopped</source>
        <translation>批次已停止</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The balance would not cover the next run, so %n run(s) of the batch were not sent. Nothing was charged for them.</source>
        <translation>
            <numerusform>余额不足以支付下一个任务，因此该批次中有 %n 个任务未发送。这些任务未产生任何费用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Library unavailable</source>
        <translation>作品库不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened, so runs cannot be recorded and Generate is off: %1</source>
        <translation>无法打开作品库，因此无法记录任务，生成功能已停用：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be opened: %1</source>
        <translation>无法打开作品库：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is damaged: %1</source>
        <translation>作品库已损坏：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library damaged</source>
        <translation>作品库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is damaged: %1

Wan Studio can keep the damaged file aside and list your clips again from the results folder. Without a library, runs cannot be recorded and Generate is off.</source>
        <translation>作品库已损坏：%1

Wan Studio 可以将损坏的文件另行保留，并从输出文件夹重新收录您的片段。没有作品库，就无法记录任务，生成功能也会停用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rebuild from clips</source>
        <translation>从片段重建(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without library</source>
        <translation>不使用作品库继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is being rebuilt from your clips.</source>
        <translation>正在从您的片段重建作品库。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n clip(s) listed again.</source>
        <translation>
            <numerusform>已重新收录 %n 个片段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) had no Wan Studio settings and were skipped.</source>
        <translation>
            <numerusform>%n 个文件没有 Wan Studio 设置，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged library was kept as %1.</source>
        <translation>损坏的作品库已保留为 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library rebuilt</source>
        <translation>作品库已重建</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The local demo server did not start.</source>
        <translation>本地演示服务器未能启动。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key works; the balance is %1.</source>
        <translation>密钥有效；余额为 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a key to test.</source>
        <translation>请输入要测试的密钥。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key in use comes from the SEGMIND_API_KEY environment variable.</source>
        <translation>当前使用的密钥来自 SEGMIND_API_KEY 环境变量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key entered here is kept for this session only.</source>
        <translation>在此输入的密钥仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>wan::ui::VariationsDialog</name>
    <message>
        <location filename="../ui/dialogs/variationsdialog.cpp" line="+85"/>
        <source>Variations and sweeps</source>
        <translation>变体与参数扫描</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of batch</source>
        <translation>批次类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>变体(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;weep</source>
        <translation>参数扫描(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request several times, each with its own seed.</source>
        <translation>多次发送相同的请求，每次使用各自的种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request and seed, with one parameter taking several values.</source>
        <translation>使用相同的请求和种子，让其中一个参数取多个不同的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two things varied against each other (prompt alternatives, seeds or a parameter), shown side by side when the runs are done.</source>
        <translation>让两项内容（提示词候选、种子或某个参数）交叉变化，任务完成后并排显示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every prompt the alternatives make, in full, as it will be sent.</source>
        <translation>候选项生成的每个提示词的全文，与发送的内容一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pl&amp;anned prompts:</source>
        <translation>计划的提示词(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs that will be queued, in order.</source>
        <translation>将要加入队列的任务（按顺序）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned r&amp;uns:</source>
        <translation>计划的任务(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each run costs about %1 credits; the balance is the one the service last reported.</source>
        <translation>每个任务约消耗 %1 积分；余额为服务最近一次报告的数值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>&amp;Queue runs</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Closes without queueing anything.</source>
        <translation>关闭，不将任何任务加入队列。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt each; write \{ for a literal brace.</source>
        <translation>工作室中的提示词。花括号中的候选项 {golden hour|blue hour} 各生成一个提示词；要输入花括号本身，请写 \{。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variations</source>
        <translation>变体</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many seeds each prompt is tried with; each run costs about %1 credits.</source>
        <translation>每个提示词尝试的种子数；每个任务约花费 %1 点额度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs to queue; each costs about %1 credits.</source>
        <translation>要加入队列的任务数；每个约消耗 %1 积分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of runs:</source>
        <translation>任务数(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds &amp;per prompt:</source>
        <translation>每个提示词的种子数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Random seeds</source>
        <translation>随机种子(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different random seed for every run; each seed is recorded so a run can be repeated.</source>
        <translation>每个任务使用不同的随机种子；每个种子都会被记录，以便重复该任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw new seeds</source>
        <translation>重新抽取种子(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws another set of random seeds.</source>
        <translation>重新抽取一组随机种子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onsecutive seeds</source>
        <translation>连续种子(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds counting up from the start seed: start, start + 1, …</source>
        <translation>从起始种子开始逐一递增的种子：起始值、起始值 + 1、…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first of the consecutive seeds, from 0 to %1.</source>
        <translation>连续种子的第一个值，范围为 0 到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start seed:</source>
        <translation>起始种子(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sweep</source>
        <translation>参数扫描</translation>
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
        <translation>在各任务之间变化的参数；其他所有设置（包括种子）保持不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the values you type.</source>
        <translation>尝试您输入的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals.</source>
        <translation>要尝试的值，用英文逗号分隔，例如 4, 8, 12, 16。小数请使用英文句点“.”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try every value from a start to an end in equal steps.</source>
        <translation>从起始值到结束值，按相等步长尝试每个值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first value.</source>
        <translation>第一个值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last value (reached when the steps land on it).</source>
        <translation>最后一个值（仅当步长恰好落在该值上时才包含）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distance between two values.</source>
        <translation>相邻两个值之间的间隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>起始值(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>结束值(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ep</source>
        <translation>步长(&amp;E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allowed: %1.</source>
        <translation>允许值：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="+22"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no numeric parameter to sweep.</source>
        <translation>%1 没有可进行参数扫描的数值参数。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>seed %1 (drawn once for the whole sweep)</source>
        <translation>种子 %1（整个参数扫描只抽取一次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every run uses %1, so only the prompt and %2 change.</source>
        <translation>每个任务都使用 %1，因此只有提示词和 %2 会变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only %2 changes.</source>
        <translation>所有任务都使用%1，因此只有 %2 会变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run uses %1, so only the two axes change.</source>
        <translation>每个任务都使用 %1，因此只有两个轴会变化。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs planned.</source>
        <translation>没有计划的任务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.</source>
        <translation>您的余额 %1 不足以执行一个任务（约 %2 积分）。请先为 Segmind 账户充值。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Queue %n run(s)</source>
        <translation>
            <numerusform>将 %n 个任务加入队列(&amp;Q)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds these runs to the queue; they start as the queue has room.</source>
        <translation>将这些任务加入队列；队列有空位时即开始运行。</translation>
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
            <numerusform>计划的提示词（%n）(&amp;A)：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/variationsdialog_grid.cpp" line="-95"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows and columns each vary one thing, at most %1 values each; every cell is one run, and the grid opens side by side when they are done.</source>
        <translation>行和列各变化一项内容，每项最多 %1 个值；每个单元格是一个任务，任务完成后网格会并排打开。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changes from one row of the grid to the next.</source>
        <translation>网格中逐行变化的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes from one column of the grid to the next.</source>
        <translation>网格中逐列变化的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves.</source>
        <translation>要尝试的值，用逗号分隔，例如 4, 8, 12。对于种子，填写种子本身。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;ows:</source>
        <translation>行(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row va&amp;lues:</source>
        <translation>行的值(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colu&amp;mn values:</source>
        <translation>列的值(&amp;M)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prompt alternatives</source>
        <translation>提示词候选</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n prompt(s) the braces in the prompt make.</source>
        <translation>
            <numerusform>提示词中的花括号生成的 %n 个提示词。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write alternatives in the prompt first, e.g. {golden hour|blue hour}.</source>
        <translation>请先在提示词中写出候选项，例如 {golden hour|blue hour}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request with the seeds you list.</source>
        <translation>使用您列出的种子运行同一请求。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n prompt(s) from the braces</source>
        <translation>
            <numerusform>花括号生成 %n 个提示词</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no alternatives in the prompt</source>
        <translation>提示词中没有候选项</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A seed is a whole number: %1 is not.</source>
        <translation>种子必须是整数：%1 不是。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows: %1</source>
        <translation>行：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
</context>
<context>
    <name>wan::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="+18"/>
        <source>Welcome to Wan Studio</source>
        <translation>欢迎使用 Wan Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio turns a still image into a short video with Segmind&apos;s Wan 2.2 model. Each run takes about a minute and costs about US$0.09 of Segmind credits.&lt;/p&gt;&lt;p&gt;To generate, you need a Segmind API key: sign in at &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;, open &lt;b&gt;API Keys&lt;/b&gt;, create a key and paste it below. It is kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Wan Studio&lt;/h2&gt;&lt;p&gt;Wan Studio 使用 Segmind 的 Wan 2.2 模型，将静态图像转换为短视频。每个任务耗时约一分钟，消耗约 0.09 美元的 Segmind 积分。&lt;/p&gt;&lt;p&gt;生成视频需要 Segmind API 密钥：请登录 &lt;a href=&quot;https://cloud.segmind.com&quot;&gt;cloud.segmind.com&lt;/a&gt;，打开 &lt;b&gt;API Keys&lt;/b&gt;，创建密钥并粘贴到下方。密钥保存在系统钥匙串中，绝不会写入文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wan Studio never stores the key in a plain file, so it will be kept for this session only.</source>
        <translation>Wan Studio 绝不会将密钥存储在普通文件中，因此密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this key</source>
        <translation>使用此密钥(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>使用此密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the local &amp;demo</source>
        <translation>试用本地演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the local demo</source>
        <translation>试用本地演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.</source>
        <translation>运行一个替代 Segmind 的本地服务：在您的图像上叠加测试图案，生成真实的片段；不使用 AI，不消耗积分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo server is not installed with this copy of Wan Studio.</source>
        <translation>此 Wan Studio 副本未安装本地演示服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character.</source>
        <translation>Segmind 密钥以 SG_ 开头，后跟 16 个字母和数字；请检查是否缺少字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
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
