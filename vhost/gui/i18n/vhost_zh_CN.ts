<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsPanel</name>
    <message>
        <location filename="../analytics_panel.py" line="57" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="58" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="87" />
        <source>{0} messages: {1} answered, {2} ignored, {3} moderated.</source>
        <translation>共 {0} 条消息：回答 {1} 条，未回答 {2} 条，拦截 {3} 条。</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="94" />
        <source>Messages per minute</source>
        <translation>每分钟消息数</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="95" />
        <source>min {0}</source>
        <translation>第{0}分钟</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="97" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="98" />
        <location filename="../analytics_panel.py" line="120" />
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="105" />
        <source>What viewers asked</source>
        <translation>观众问了什么</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="113" />
        <source>Products asked about</source>
        <translation>被问到的商品</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="121" />
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="122" />
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="123" />
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="129" />
        <source>Answered, ignored, moderated</source>
        <translation>回答、未回答、拦截</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="166" />
        <source>Export the figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="171" />
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../catalog_panel.py" line="44" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="45" />
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="46" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="47" />
        <source>Original price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="48" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="49" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="50" />
        <source>Selling points (separated by ；)</source>
        <translation>卖点（用；分隔）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="65" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="66" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="67" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="68" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="69" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="70" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="83" />
        <source>No catalog yet: import one, or the show uses the demo catalog.</source>
        <translation>还没有商品表：请导入，否则直播使用示例商品表。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="91" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="110" />
        <source>{0}: {1} products loaded, {2} rows skipped.</source>
        <translation>{0}：读入 {1} 个商品，跳过 {2} 行。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="161" />
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="168" />
        <source>{0}: {1} changed.</source>
        <translation>{0}：{1}已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="188" />
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="223" />
        <source>Import a catalog</source>
        <translation>导入商品表</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="223" />
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="230" />
        <source>Export the catalog</source>
        <translation>导出商品表</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="37" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="38" />
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="39" />
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="40" />
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="41" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="42" />
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="43" />
        <source>Answer (editable while waiting)</source>
        <translation>回答（待审时可修改）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="61" />
        <source>Approve answers before they are spoken</source>
        <translation>回答先经我审核再播出</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="63" />
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="64" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="65" />
        <source>Block viewer</source>
        <translation>屏蔽该观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="76" />
        <source>Type words for the presenter to say next…</source>
        <translation>输入让主播接下来说的话…</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="77" />
        <source>Say now</source>
        <translation>立即说</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="105" />
        <source>(hidden: moderated)</source>
        <translation>（已隐藏：违规内容）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="128" />
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="129" />
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="130" />
        <location filename="../chat_panel.py" line="168" />
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="131" />
        <source>waiting for you</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="134" />
        <source>another answer is waiting</source>
        <translation>已有回答在排队</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="135" />
        <source>answered a moment ago</source>
        <translation>刚回答过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="136" />
        <source>too many messages</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="137" />
        <source>thanked a moment ago</source>
        <translation>刚感谢过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="138" />
        <location filename="../chat_panel.py" line="166" />
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="139" />
        <source>not a question about the products</source>
        <translation>不是关于商品的问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="140" />
        <source>abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="141" />
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="142" />
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="143" />
        <source>tries to change the presenter's words</source>
        <translation>试图操控主播说话</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="144" />
        <location filename="../chat_panel.py" line="174" />
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="145" />
        <source>no lawful reply</source>
        <translation>没有合规的回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="155" />
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="156" />
        <source>deal</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="157" />
        <source>shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="158" />
        <source>size</source>
        <translation>尺码规格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="159" />
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="160" />
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="161" />
        <source>how to buy</source>
        <translation>怎么买</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="162" />
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="163" />
        <source>greeting</source>
        <translation>打招呼</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="164" />
        <source>praise</source>
        <translation>夸奖</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="165" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="167" />
        <source>other question</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="169" />
        <source>flood</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="170" />
        <source>gift</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="171" />
        <source>like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="172" />
        <source>follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="173" />
        <source>entered</source>
        <translation>进入直播间</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../live_panel.py" line="34" />
        <source>How to fix</source>
        <translation>如何开启</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../live_panel.py" line="68" />
        <source>Press Go Live to start the show.</source>
        <translation>点击“开播”开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="75" />
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="76" />
        <location filename="../live_panel.py" line="166" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="78" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="88" />
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="89" />
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="90" />
        <source>RTMP</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="91" />
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="128" />
        <source>Starting: loading the voice and the face…</source>
        <translation>正在启动：加载声音和形象…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="138" />
        <source>Uptime {0}   fps {1}   A/V offset {2} ms   speech ready {3} s</source>
        <translation>已播 {0}   帧率 {1}   音画偏差 {2} 毫秒   备好的语音 {3} 秒</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="152" />
        <source>streaming</source>
        <translation>推流中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="152" />
        <source>reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="156" />
        <source>Answering “{0}”: </source>
        <translation>回答“{0}”：</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="160" />
        <source>Next: {0}</source>
        <translation>接下来：{0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="166" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="56" />
        <source>vhost — virtual live host</source>
        <translation>vhost — 虚拟主播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63" />
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64" />
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68" />
        <source>Chat</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86" />
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>The running show now uses the edited catalog.</source>
        <translation>正在进行的直播已改用修改后的商品表。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>Live.</source>
        <translation>直播中。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Paused: the presenter waits quietly.</source>
        <translation>已暂停：主播安静等待。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>The show could not run; see the message on the Live screen.</source>
        <translation>直播没能开始，请看直播页上的提示。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193" />
        <source>device {0}</source>
        <translation>设备 {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190" />
        <location filename="../main_window.py" line="195" />
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197" />
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>not in use (Settings: RTMP URL)</source>
        <translation>未使用（在设置里填写 RTMP 地址）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>not in use (Settings: recording file)</source>
        <translation>未使用（在设置里填写录制文件）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221" />
        <source>{0} is blocked for this show.</source>
        <translation>本场直播已屏蔽 {0}。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>Go live first: there is no show to speak in.</source>
        <translation>请先开播：现在没有直播可以说话。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>Not said: advertising law forbids these words.</source>
        <translation>没有播出：这些词违反广告法。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240" />
        <source>Said as: {0}</source>
        <translation>已改为合规说法：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Settings saved; they apply the next time you go live.</source>
        <translation>设置已保存，下次开播时生效。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../script_panel.py" line="68" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="69" />
        <source>Other wording</source>
        <translation>换个说法</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="70" />
        <source>Play line</source>
        <translation>试听这句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="71" />
        <source>Save script…</source>
        <translation>保存话术…</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="77" />
        <location filename="../script_panel.py" line="83" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="84" />
        <source>Part</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="85" />
        <source>Line (editable)</source>
        <translation>台词（可修改）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="86" />
        <source>Advertising law</source>
        <translation>广告法检查</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="117" />
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="125" />
        <source>There is no catalog to write about: import one first.</source>
        <translation>没有商品表可写：请先导入。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="138" />
        <source>{0} lines written; the law filter rewrote {1}.</source>
        <translation>写好 {0} 句；广告法过滤改写了 {1} 处。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="171" />
        <source>opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="172" />
        <source>introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="173" />
        <source>selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="174" />
        <source>specs</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="175" />
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="176" />
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="177" />
        <source>call to action</source>
        <translation>引导下单</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="178" />
        <source>transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="206" />
        <source>(the whole line would be dropped)</source>
        <translation>（整句会被删掉）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="207" />
        <source>Forbidden words ({0}). Say instead: {1}</source>
        <translation>违禁词（{0}）。建议改为：{1}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="210" />
        <source>OK</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="223" />
        <source>Nothing to play: the law filter drops this whole line.</source>
        <translation>没有可试听的内容：整句会被广告法过滤删掉。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="227" />
        <source>Speaking: {0}</source>
        <translation>正在朗读：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="244" />
        <source>Could not play the line: {0}</source>
        <translation>无法播放：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="246" />
        <source>Played ({0} s).</source>
        <translation>已播放（{0} 秒）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="256" />
        <source>Save the script</source>
        <translation>保存话术</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../main_window.py" line="269" />
        <source>the demo catalog</source>
        <translation>示例商品表</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271" />
        <source>no chat; e.g. twitch:#channel, bilibili:ROOMID, webhook:8765</source>
        <translation>不接评论；例如 bilibili:房间号、webhook:8765、twitch:#频道</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>when there is one</source>
        <translation>有就用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281" />
        <source>no recording; e.g. show.mp4</source>
        <translation>不录制；例如 show.mp4</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285" />
        <source>kept in the system keyring</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285" />
        <source>rtmp://server/app/STREAM-KEY</source>
        <translation>rtmp://服务器/app/推流码</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288" />
        <source>none; e.g. http://localhost:11434/v1</source>
        <translation>不使用；例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292" />
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>保存在系统钥匙串中；留空则不变</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <source>Approve chat answers before they are spoken</source>
        <translation>评论回答先审核再播出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304" />
        <source>App language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>Show language</source>
        <translation>直播语言</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306" />
        <source>Catalog file</source>
        <translation>商品表文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307" />
        <source>Chat source</source>
        <translation>评论来源</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308" />
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310" />
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>RTMP URL with stream key</source>
        <translation>RTMP 推流地址（含推流码）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>LLM endpoint (rewords answers)</source>
        <translation>大模型接口（润色回答）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313" />
        <source>LLM model</source>
        <translation>大模型名称</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314" />
        <source>LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>Choose a catalog</source>
        <translation>选择商品表</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335" />
        <source>Record the show to</source>
        <translation>把直播录制到</translation>
    </message>
</context>
</TS>