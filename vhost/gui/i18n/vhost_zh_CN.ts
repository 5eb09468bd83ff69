<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsPanel</name>
    <message>
        <location filename="../analytics_panel.py" line="55"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="56"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="102"/>
        <source>{0} messages: {1} answered, {2} ignored, {3} moderated.</source>
        <translation>共 {0} 条消息：回答 {1} 条，未回答 {2} 条，拦截 {3} 条。</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="107"/>
        <source>{0} waiting for you.</source>
        <translation>{0} 条等待你审核。</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="110"/>
        <source>Of the ignored: {0} rejected by you, {1} from blocked viewers, {2} lapsed.</source>
        <translation>未回答的消息中：你拒绝了 {0} 条，来自已屏蔽观众 {1} 条，过期未审 {2} 条。</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="118"/>
        <source>Messages per minute</source>
        <translation>每分钟消息数</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="119"/>
        <source>min {0}</source>
        <translation>第{0}分钟</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="121"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="122"/>
        <location filename="../analytics_panel.py" line="144"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="129"/>
        <source>What viewers asked</source>
        <translation>观众问了什么</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="137"/>
        <source>Products asked about</source>
        <translation>被问到的商品</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="145"/>
        <source>waiting for you</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="146"/>
        <source>rejected by you</source>
        <translation>已被你拒绝</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="147"/>
        <source>blocked viewers</source>
        <translation>已屏蔽的观众</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="148"/>
        <source>lapsed</source>
        <translation>过期未审</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="149"/>
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="150"/>
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="157"/>
        <source>What became of the messages</source>
        <translation>消息的处理结果</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="197"/>
        <source>Export the figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="202"/>
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../catalog_panel.py" line="52"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="53"/>
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="54"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="55"/>
        <source>Original price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="56"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="57"/>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="58"/>
        <source>Selling points (separated by ；)</source>
        <translation>卖点（用；分隔）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="70"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="71"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="72"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="73"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="74"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="75"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="76"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="77"/>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>撤销上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="95"/>
        <source>No catalog yet: import one, or the show uses the demo catalog.</source>
        <translation>还没有商品表：请导入，否则直播使用示例商品表。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="110"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="147"/>
        <source>Undone: the catalog is as it was before your last change.</source>
        <translation>已撤销：商品表恢复到了上一次修改之前的样子。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="166"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="171"/>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="175"/>
        <source>Import cancelled; the catalog is unchanged.</source>
        <translation>已取消导入，商品表未改变。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="186"/>
        <source>{0}: {1} products loaded, {2} rows skipped.</source>
        <translation>{0}：读入 {1} 个商品，跳过 {2} 行。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="220"/>
        <source>{0}: details changed.</source>
        <translation>{0}：详情已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="252"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="262"/>
        <source>{0}: {1} changed.</source>
        <translation>{0}：{1}已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="292"/>
        <source>{0}: added.</source>
        <translation>{0}：已添加。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="324"/>
        <source>Import a catalog</source>
        <translation>导入商品表</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="325"/>
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="331"/>
        <source>Export the catalog</source>
        <translation>导出商品表</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="53"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="54"/>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="55"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="56"/>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="57"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="58"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="59"/>
        <source>Answer (editable while waiting)</source>
        <translation>回答（待审时可修改）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="67"/>
        <source>Approve answers before they are spoken</source>
        <translation>回答先经我审核再播出</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="69"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="70"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="71"/>
        <location filename="../chat_panel.py" line="269"/>
        <source>Block viewer</source>
        <translation>屏蔽该观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="85"/>
        <source>Type words for the presenter to say next…</source>
        <translation>输入让主播接下来说的话…</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="86"/>
        <source>Say now</source>
        <translation>立即说</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="115"/>
        <source>(hidden: moderated)</source>
        <translation>（已隐藏：违规内容）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="162"/>
        <source>ignored ({0})</source>
        <translation>未回答（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="164"/>
        <source>moderated ({0})</source>
        <translation>已拦截（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="166"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="168"/>
        <source>rejected by you</source>
        <translation>已被你拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="169"/>
        <source>blocked viewer</source>
        <translation>已屏蔽的观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="170"/>
        <source>lapsed: not approved in time</source>
        <translation>已过期：未及时审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="171"/>
        <location filename="../chat_panel.py" line="174"/>
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="172"/>
        <location filename="../chat_panel.py" line="211"/>
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="236"/>
        <source>Unblock {0}</source>
        <translation>解除屏蔽 {0}</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="239"/>
        <source>Blocked viewers ({0})</source>
        <translation>已屏蔽的观众（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="269"/>
        <source>Unblock viewer</source>
        <translation>解除屏蔽</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="167"/>
        <source>waiting for you</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="179"/>
        <source>another answer is waiting</source>
        <translation>已有回答在排队</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="182"/>
        <source>answered a moment ago</source>
        <translation>刚回答过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="181"/>
        <source>too many messages</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="187"/>
        <source>thanked a moment ago</source>
        <translation>刚感谢过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="183"/>
        <location filename="../chat_panel.py" line="209"/>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="180"/>
        <source>empty message</source>
        <translation>空消息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="184"/>
        <source>not a question about the products</source>
        <translation>不是关于商品的问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="188"/>
        <source>abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="189"/>
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="190"/>
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="191"/>
        <source>tries to change the presenter&apos;s words</source>
        <translation>试图操控主播说话</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="185"/>
        <source>no lawful reply</source>
        <translation>没有合规的回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="186"/>
        <source>nothing to say</source>
        <translation>无需回应</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="193"/>
        <source>another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="198"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="199"/>
        <source>deal</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="200"/>
        <source>shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="201"/>
        <source>size</source>
        <translation>尺码规格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="202"/>
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="203"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="204"/>
        <source>how to buy</source>
        <translation>怎么买</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="205"/>
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="206"/>
        <source>greeting</source>
        <translation>打招呼</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="207"/>
        <source>praise</source>
        <translation>夸奖</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="208"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="210"/>
        <source>other question</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="212"/>
        <source>flood</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="213"/>
        <source>gift</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="214"/>
        <source>like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="215"/>
        <source>follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="216"/>
        <source>entered</source>
        <translation>进入直播间</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <location filename="../health.py" line="58"/>
        <source>Uptime {0}</source>
        <translation>已播 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="61"/>
        <source>fps {0}</source>
        <translation>帧率 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="64"/>
        <source>repeated pictures {0}</source>
        <translation>重复画面 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="67"/>
        <source>CPU {0} %</source>
        <translation>CPU {0} %</translation>
    </message>
    <message>
        <location filename="../health.py" line="68"/>
        <source>A/V offset {0} ms</source>
        <translation>音画偏差 {0} 毫秒</translation>
    </message>
    <message>
        <location filename="../health.py" line="71"/>
        <source>speech ready {0} s</source>
        <translation>备好的语音 {0} 秒</translation>
    </message>
    <message>
        <location filename="../health.py" line="77"/>
        <source>RTMP {0} Mb/s</source>
        <translation>RTMP {0} Mb/s</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../live_panel.py" line="41"/>
        <source>How to set this up</source>
        <translation>如何设置</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../live_panel.py" line="88"/>
        <source>Press Go Live to start the show.</source>
        <translation>点击“开播”开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="95"/>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="96"/>
        <location filename="../live_panel.py" line="235"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="98"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="114"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="115"/>
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="116"/>
        <source>RTMP</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="117"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Starting: loading the voice and the face…</source>
        <translation type="vanished">正在启动：加载声音和形象…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="161"/>
        <source>Off air. Go Live (F5) starts the show again.</source>
        <translation>已下播。按“开播”（F5）重新开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="166"/>
        <source>off air</source>
        <translation>已下播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="170"/>
        <source>PREVIEW ONLY: not on air</source>
        <translation>仅预览：未在直播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="172"/>
        <source>● ON AIR</source>
        <translation>● 直播中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="174"/>
        <source>● ON AIR (paused)</source>
        <translation>● 直播中（已暂停）</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="176"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="185"/>
        <source>opening the camera, sound and stream</source>
        <translation>打开摄像头、声音和推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="186"/>
        <source>reading the catalog</source>
        <translation>读取商品表</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="187"/>
        <source>loading the presenter&apos;s face</source>
        <translation>加载主播形象</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="188"/>
        <source>loading the voice</source>
        <translation>加载声音</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="189"/>
        <source>loading the chat models</source>
        <translation>加载评论模型</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="190"/>
        <source>making the first line</source>
        <translation>生成第一句话</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="191"/>
        <source>getting ready</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="192"/>
        <source>Starting: {0}…</source>
        <translation>正在启动：{0}…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="199"/>
        <source>will use {0}</source>
        <translation>将使用 {0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="201"/>
        <source>switched off in Settings</source>
        <translation>已在设置中关闭</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="203"/>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="205"/>
        <source>not found on this computer</source>
        <translation>这台电脑上没有找到</translation>
    </message>
    <message>
        <source>Uptime {0}   fps {1}   A/V offset {2} ms   speech ready {3} s</source>
        <translation type="vanished">已播 {0}   帧率 {1}   音画偏差 {2} 毫秒   备好的语音 {3} 秒</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="221"/>
        <source>streaming</source>
        <translation>推流中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="221"/>
        <source>reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="225"/>
        <source>Answering “{0}”: </source>
        <translation>回答“{0}”：</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="229"/>
        <source>Next: {0}</source>
        <translation>接下来：{0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="235"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>vhost — virtual live host</source>
        <translation>vhost — 虚拟主播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Chat</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Go live (F5)</source>
        <translation>开播 (F5)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Your catalog: {0} products, as you last left it.</source>
        <translation>您的商品表：共 {0} 件商品，和您上次离开时一样。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>This is the demo catalog, to try vhost. Import your own product list (Import…) to sell your products; it is kept from then on, edits included.</source>
        <translation>这是用来试用 vhost 的示例商品表。导入您自己的商品表（“导入…”）就能卖您的商品；之后它会一直保存，包括您的修改。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Your saved catalog could not be read ({0}).</source>
        <translation>无法读取您保存的商品表（{0}）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>Your catalog could not be saved ({0}); export it to keep your edits.</source>
        <translation>无法保存您的商品表（{0}）；请导出它，以免丢失修改。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Live.</source>
        <translation type="vanished">直播中。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Paused: the presenter waits quietly.</source>
        <translation>已暂停：主播安静等待。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>The show could not run; see the message on the Live screen.</source>
        <translation>直播没能开始，请看直播页上的提示。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>device {0}</source>
        <translation>设备 {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="361"/>
        <location filename="../main_window.py" line="376"/>
        <source>The show is not running: no answer is waiting.</source>
        <translation>直播没有在进行：没有待审核的回答。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369"/>
        <source>Not approved: advertising law forbids these words. Word the answer again or reject it.</source>
        <translation>未通过：这些词违反广告法。请重新措辞，或拒绝这条回答。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>This answer is no longer waiting.</source>
        <translation>这条回答已不在等待审核。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Go live first: a viewer is blocked for one show.</source>
        <translation>请先开播：屏蔽观众只对当场直播有效。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>{0} is blocked: their comments are ignored for the rest of this show.</source>
        <translation>已屏蔽 {0}：本场直播余下时间不再回应其评论。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>{0} is unblocked: their new comments are answered.</source>
        <translation>已解除对 {0} 的屏蔽：其新评论会照常回应。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Answers now wait for your approval.</source>
        <translation>现在回答需经你审核后才播出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Answers now go on air without waiting for you.</source>
        <translation>现在回答无需审核，直接播出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <location filename="../main_window.py" line="334"/>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Schedule</source>
        <translation>排播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Presenter</source>
        <translation>主播形象</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Preview only?</source>
        <translation>只预览吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Nothing will leave this computer: no virtual camera, sound device, RTMP stream or recording is set up, so no viewer will see or hear the show. Start it as a preview only?</source>
        <translation>不会有任何内容离开这台电脑：虚拟摄像头、音频设备、RTMP 推流和录制都没有设置，观众看不到也听不到节目。要只以预览方式启动吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>Start a preview</source>
        <translation>开始预览</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Set up an output first</source>
        <translation>先设置一个输出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <location filename="../main_window.py" line="274"/>
        <source>The running show now follows your changes.</source>
        <translation>正在进行的直播已按你的修改执行。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Your own script lines in {0} could not be read ({1}); the show writes its own.</source>
        <translation>无法读取 {0} 中你自己的话术（{1}），直播将自动撰写话术。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>Preview only: nothing leaves this computer.</source>
        <translation>仅预览：没有任何内容离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>On air: the first picture has gone out.</source>
        <translation>已开播：第一帧画面已经发出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>not in use (Settings: RTMP URL)</source>
        <translation>未使用（在设置里填写 RTMP 地址）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>not in use (Settings: recording file)</source>
        <translation>未使用（在设置里填写录制文件）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Go live first: there is no show to speak in.</source>
        <translation>请先开播：现在没有直播可以说话。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Not said: advertising law forbids these words.</source>
        <translation>没有播出：这些词违反广告法。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Said as: {0}</source>
        <translation>已改为合规说法：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="450"/>
        <source>Stop the show?</source>
        <translation>要停止节目吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="451"/>
        <source>The show is on air. Closing vhost stops it for everyone watching.</source>
        <translation>节目正在直播。关闭 vhost 会让所有观众的直播中断。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="452"/>
        <source>Stop the show and close</source>
        <translation>停止节目并关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="453"/>
        <source>Keep the show on air</source>
        <translation>继续直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="464"/>
        <source>Settings saved; they apply the next time you go live.</source>
        <translation>设置已保存，下次开播时生效。</translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <location filename="../new_product.py" line="16"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="18"/>
        <source>What the presenter calls it</source>
        <translation>主播口播时的商品名称</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="20"/>
        <source>For example 59 or ¥59.90</source>
        <translation>例如 59 或 ¥59.90</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="29"/>
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="30"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="50"/>
        <source>A title and a price above 0 are needed.</source>
        <translation>请填写商品名和大于 0 的价格。</translation>
    </message>
</context>
<context>
    <name>OutputTests</name>
    <message>
        <location filename="../output_setup.py" line="578"/>
        <source>Another test is running; wait for it to end.</source>
        <translation>另一项测试正在进行，请等它结束。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="598"/>
        <source>The virtual camera is off in Settings; choose “when there is one” first.</source>
        <translation>设置里的虚拟摄像头是“关闭”，请先选“有就用”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="600"/>
        <source>Testing the virtual camera</source>
        <translation>正在测试虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="605"/>
        <source>The sound output is off in Settings; choose “when there is one” first.</source>
        <translation>设置里的声音输出是“关闭”，请先选“有就用”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="607"/>
        <source>Testing the sound output</source>
        <translation>正在测试声音输出</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="614"/>
        <source>Choose your platform and paste the stream key first.</source>
        <translation>请先选择直播平台并粘贴推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="617"/>
        <source>Testing the RTMP stream</source>
        <translation>正在测试 RTMP 推流</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="622"/>
        <source>Choose a file to record to first (Browse…).</source>
        <translation>请先选择录制文件（点“浏览…”）。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="623"/>
        <source>Testing the recording</source>
        <translation>正在测试录制</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="633"/>
        <source>The virtual camera works: “{0}” showed a test pattern for 2 seconds; choose it as the camera in your streaming tool.</source>
        <translation>虚拟摄像头可以用：“{0}”显示了 2 秒测试画面；请在直播软件里把它选为摄像头。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="638"/>
        <source>A short tone was played on “{0}”: you hear it on speakers, or see it move the sound meter of your streaming tool when that output is a virtual cable.</source>
        <translation>已在“{0}”上播放了一小段提示音：如果是扬声器，您会听到；如果是虚拟声卡，直播软件的音量条会跳动。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="642"/>
        <source>Connected to {0} and sent 2 seconds of a test pattern; the platform&apos;s preview may show it.</source>
        <translation>已连接到 {0} 并推送了 2 秒测试画面；平台的预览里可能会看到它。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="646"/>
        <source>Recording works: a 1-second test file was written in {0} and deleted again.</source>
        <translation>录制可以用：已在 {0} 写入一个 1 秒的测试文件，随后已删除。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="655"/>
        <source>The virtual camera could not be opened ({0}); “How to set this up” says what to install.</source>
        <translation>无法打开虚拟摄像头（{0}）；“如何设置”里写了需要安装什么。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="659"/>
        <source>The sound output could not play ({0}); “How to set this up” says what to install.</source>
        <translation>声音输出无法播放（{0}）；“如何设置”里写了需要安装什么。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="665"/>
        <source>Could not stream to {0} ({1}); check the server address and the stream key in your platform&apos;s console.</source>
        <translation>无法推流到 {0}（{1}）；请在直播平台的后台核对服务器地址和推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="667"/>
        <source>Cannot record to {0} ({1}).</source>
        <translation>无法录制到 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="671"/>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <location filename="../presenter_panel.py" line="73"/>
        <source>No sound: {0}</source>
        <translation>没有声音：{0}</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="82"/>
        <source>Import photo or video…</source>
        <translation>导入照片或视频…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="83"/>
        <source>Use the shipped presenter</source>
        <translation>使用内置主播</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="90"/>
        <source>Face</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="98"/>
        <source>female, clear (the default)</source>
        <translation>女声，清晰（默认）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="99"/>
        <source>female, clear</source>
        <translation>女声，清晰</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="100"/>
        <source>male</source>
        <translation>男声</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="101"/>
        <source>female, bright</source>
        <translation>女声，明亮</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="102"/>
        <source>female, warm</source>
        <translation>女声，温暖</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="103"/>
        <source>female, calm</source>
        <translation>女声，沉稳</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="108"/>
        <source>cloned from a recording (XTTS-v2, not for commercial use)</source>
        <translation>由录音克隆（XTTS-v2，不可商用）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="121"/>
        <source> semitones</source>
        <translation> 半音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="128"/>
        <source>Hear it</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="129"/>
        <source>Watch the face say it</source>
        <translation>看口型预览</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="136"/>
        <location filename="../presenter_panel.py" line="138"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="139"/>
        <source>Speaking rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="140"/>
        <source>Pitch</source>
        <translation>音调</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="141"/>
        <source>Test sentence</source>
        <translation>试听句子</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="171"/>
        <source>the shipped presenter</source>
        <translation>内置主播</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="171"/>
        <location filename="../presenter_panel.py" line="224"/>
        <source>Presenter: {0} ({1})</source>
        <translation>主播：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="182"/>
        <source>Following the face through the video…</source>
        <translation>正在逐帧跟踪视频中的人脸…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="183"/>
        <source>Finding where the video can loop unseen…</source>
        <translation>正在寻找视频可以无缝循环的位置…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="184"/>
        <source>Closing the mouth at rest and saving…</source>
        <translation>正在让静止时的嘴唇闭合并保存…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="188"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="204"/>
        <source>Finding the face in {0}…</source>
        <translation>正在 {0} 中查找人脸…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="206"/>
        <source>Saving the presenter…</source>
        <translation>正在保存主播形象…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="213"/>
        <source>Building the presenter</source>
        <translation>正在生成主播形象</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="216"/>
        <source>Cancelled; the presenter is unchanged.</source>
        <translation>已取消，主播形象未改变。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="227"/>
        <source>The face was found; check the drawn landmarks. It goes on air at the next Go Live.</source>
        <translation>已找到人脸，请检查标出的特征点。下次开播时生效。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="254"/>
        <source>Choose a photo of one face, or a video of the presenter</source>
        <translation>选择一张单人正脸照片，或一段主播视频</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="256"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.m4v *.webm)</source>
        <translation>照片和视频 (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.m4v *.webm)</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="285"/>
        <source>Opening the voice…</source>
        <translation>正在加载声音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="287"/>
        <source>Speaking…</source>
        <translation>正在合成语音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="291"/>
        <source>Trying the voice</source>
        <translation>试听声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="303"/>
        <source>There is no face to animate: import a photo first.</source>
        <translation>没有可驱动的人脸：请先导入照片。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="312"/>
        <source>Animating the face…</source>
        <translation>正在生成口型动画…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="316"/>
        <source>Making the talking preview</source>
        <translation>正在生成说话预览</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="319"/>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="338"/>
        <source>Speaking ({0} s).</source>
        <translation>正在播放（{0} 秒）。</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../product_details.py" line="53"/>
        <source>Add picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="54"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="62"/>
        <source>The first picture is shown on the product card.</source>
        <translation>第一张图片会显示在商品卡片上。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="64"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="68"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="69"/>
        <source>Deal price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="70"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="71"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="75"/>
        <source>Add promotion</source>
        <translation>添加促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="75"/>
        <source>Remove promotion</source>
        <translation>删除促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="78"/>
        <source>Dates such as 2026-11-30 20:00; empty: no limit.</source>
        <translation>日期格式如 2026-11-30 20:00；留空表示不限。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="79"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="81"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="81"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="83"/>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="83"/>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="86"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="112"/>
        <source>{0} cannot be opened</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="122"/>
        <source>{0} is not a picture that can be opened; use a JPEG or PNG file.</source>
        <translation>{0} 不是可打开的图片，请使用 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="138"/>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="139"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="146"/>
        <source>New promotion</source>
        <translation>新促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="151"/>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="151"/>
        <source>Its answer</source>
        <translation>回答内容</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="174"/>
        <source>a promotion needs its words, e.g. 前100名送杯套</source>
        <translation>促销需要文字，例如：前100名送杯套</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="179"/>
        <source>a date: {0}</source>
        <translation>日期有误：{0}</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="181"/>
        <source>a promotion must end after it starts</source>
        <translation>促销的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="184"/>
        <source>a deal price must be more than 0</source>
        <translation>活动价必须大于 0</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="193"/>
        <source>a question needs its words and its answer</source>
        <translation>问题和回答都不能为空</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="209"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../work.py" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../work.py" line="126"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../schedule_panel.py" line="56"/>
        <source>the whole pitch</source>
        <translation>完整讲解</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="56"/>
        <location filename="../schedule_panel.py" line="60"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="61"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="69"/>
        <source>Hero product (comes back often)</source>
        <translation>主推商品（反复回讲）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="70"/>
        <source>The hero returns after every … products</source>
        <translation>主推商品每隔几个商品回讲一次</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="71"/>
        <source>Time per product</source>
        <translation>每个商品的时长</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="72"/>
        <source>Quiet pause between products</source>
        <translation>商品之间的停顿</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="73"/>
        <source>A word to the viewers every … products</source>
        <translation>每隔几个商品和观众互动一次</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="76"/>
        <source>Product (in show order)</source>
        <translation>商品（按讲解顺序）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="77"/>
        <source>Airtime weight (0: off the show)</source>
        <translation>讲解权重（0：不讲）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="78"/>
        <source>Share of airtime</source>
        <translation>时长占比</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="79"/>
        <source>About (s) per presentation</source>
        <translation>每次讲解约（秒）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="83"/>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="83"/>
        <source>Later</source>
        <translation>延后</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="96"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="97"/>
        <source>Timed promotion</source>
        <translation>限时促销</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="98"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="99"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="100"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="110"/>
        <source>Timed promotions (edit them on the Catalog screen):</source>
        <translation>限时促销（在“商品”页编辑）：</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="133"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="159"/>
        <source>hero: after every {0}</source>
        <translation>主推：每隔 {0} 个</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="175"/>
        <source>One pass over the catalog takes about {0} min.</source>
        <translation>讲完一轮商品约需 {0} 分钟。</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="205"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="207"/>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="209"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="247"/>
        <source>{0}: the airtime weight is a number, 0 or more (2: twice as often).</source>
        <translation>{0}：讲解权重须为 0 或以上的数字（2 表示讲两倍次数）。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../script_panel.py" line="156"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="157"/>
        <source>Other wording</source>
        <translation>换个说法</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="158"/>
        <source>Play line</source>
        <translation>试听这句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="159"/>
        <source>Save script…</source>
        <translation>保存话术…</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="160"/>
        <source>Use on air</source>
        <translation>用于直播</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="161"/>
        <source>The show presents these products with these lines</source>
        <translation>直播将用这些话术讲解这些商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="162"/>
        <source>Back to written</source>
        <translation>恢复自动话术</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="163"/>
        <source>The show writes these products&apos; lines afresh again</source>
        <translation>直播将重新为这些商品自动撰写话术</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="171"/>
        <location filename="../script_panel.py" line="184"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="185"/>
        <source>Part</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="186"/>
        <source>Line (editable)</source>
        <translation>台词（可修改）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="187"/>
        <source>Advertising law</source>
        <translation>广告法检查</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="211"/>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="219"/>
        <source>There is no catalog to write about: import one first.</source>
        <translation>没有商品表可写：请先导入。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="232"/>
        <source>{0} lines written; the law filter rewrote {1}.</source>
        <translation>写好 {0} 句；广告法过滤改写了 {1} 处。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="265"/>
        <source>opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="266"/>
        <source>introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="267"/>
        <source>selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="268"/>
        <source>specs</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="269"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="270"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="271"/>
        <source>call to action</source>
        <translation>引导下单</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="272"/>
        <source>transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="314"/>
        <source>(the whole line would be dropped)</source>
        <translation>（整句会被删掉）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="314"/>
        <source>Forbidden words ({0}). Say instead: {1}</source>
        <translation>违禁词（{0}）。建议改为：{1}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="317"/>
        <source>Say instead: {0}</source>
        <translation>建议改为：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="320"/>
        <source>OK</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="341"/>
        <source>Nothing to play: the law filter drops this whole line.</source>
        <translation>没有可试听的内容：整句会被广告法过滤删掉。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="345"/>
        <source>Speaking: {0}</source>
        <translation>正在朗读：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="362"/>
        <source>Could not play the line: {0}</source>
        <translation>无法播放：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="364"/>
        <source>Played ({0} s).</source>
        <translation>已播放（{0} 秒）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="371"/>
        <source>Generate a script first.</source>
        <translation>请先生成话术。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="390"/>
        <source>The show will present {0} product(s) with these lines ({1} forbidden line(s) left out).</source>
        <translation>直播将用这些话术讲解 {0} 个商品（已略去 {1} 句违禁话术）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="398"/>
        <source>The show writes the lines of {0} product(s) afresh again.</source>
        <translation>直播将重新为 {0} 个商品自动撰写话术。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="409"/>
        <source>Save the script</source>
        <translation>保存话术</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="56"/>
        <source>the demo catalog</source>
        <translation>示例商品表</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="58"/>
        <source>no chat; e.g. twitch:#channel, bilibili:ROOMID, webhook:8765</source>
        <translation>不接评论；例如 bilibili:房间号、webhook:8765、twitch:#频道</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="63"/>
        <source>when there is one</source>
        <translation>有就用</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="64"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="68"/>
        <source>{0} (not found now)</source>
        <translation>{0}（现在未找到）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="71"/>
        <source>the default folder in the data folder</source>
        <translation>数据文件夹中的默认位置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="73"/>
        <source>no recording; e.g. show.mp4</source>
        <translation>不录制；例如 show.mp4</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="79"/>
        <source>none; e.g. http://localhost:11434/v1</source>
        <translation>不使用；例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="83"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>保存在系统钥匙串中；留空则不变</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="89"/>
        <source>Approve chat answers before they are spoken</source>
        <translation>评论回答先审核再播出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="91"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="92"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>保存设置 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="110"/>
        <source>App language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="111"/>
        <source>Show language</source>
        <translation>直播语言</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="112"/>
        <source>Catalog file</source>
        <translation>商品表文件</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="113"/>
        <source>Chat source</source>
        <translation>评论来源</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="132"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="134"/>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="114"/>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="115"/>
        <source>LLM endpoint (rewords answers)</source>
        <translation>大模型接口（润色回答）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="116"/>
        <source>LLM model</source>
        <translation>大模型名称</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="117"/>
        <source>LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="127"/>
        <source>Each output is optional. Press “How to set this up” for what to install on this computer, and “Test this output” to try it before going live.</source>
        <translation>每个输出都可以不用。点“如何设置”查看这台电脑需要安装什么，点“测试此输出”在开播前试一试。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="133"/>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="140"/>
        <source>Show</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="141"/>
        <source>Camera, sound and recording</source>
        <translation>摄像头、声音和录制</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="142"/>
        <source>Stream (RTMP)</source>
        <translation>推流（RTMP）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="153"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="166"/>
        <source>Test this output</source>
        <translation>测试此输出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="168"/>
        <source>How to set this up</source>
        <translation>如何设置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="178"/>
        <source>Choose a catalog</source>
        <translation>选择商品表</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="179"/>
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="184"/>
        <source>Record the show to</source>
        <translation>把直播录制到</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="189"/>
        <source>Where model files are kept</source>
        <translation>模型文件存放位置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="226"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="286"/>
        <location filename="../settings_panel.py" line="298"/>
        <source>the RTMP URL</source>
        <translation>RTMP 推流地址</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="297"/>
        <source>This computer has no system keyring, so the RTMP URL is not kept yet: choose on the Stream page whether to keep it for this session only or in a private file.</source>
        <translation>这台电脑没有系统密钥环，所以 RTMP 推流地址还没有保存：请在“推流（RTMP）”页选择只在本次使用期间保留，还是保存到私密文件。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="310"/>
        <source>This computer has no system keyring, so the LLM API key was not kept; set VHOST_LLM_KEY before starting vhost instead.</source>
        <translation>这台电脑没有系统密钥环，所以大模型密钥没有保存；可以改为在启动 vhost 前设置 VHOST_LLM_KEY。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="311"/>
        <source>the LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="314"/>
        <source>The LLM API key is kept in the system keyring.</source>
        <translation>大模型密钥已保存在系统密钥环里。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="320"/>
        <source>Not kept: {0} (see the Settings screen). The other settings are kept.</source>
        <translation>未保存：{0}（见设置页）。其他设置已保存。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="321"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="324"/>
        <source>Settings saved; they apply the next time you go live.</source>
        <translation>设置已保存，下次开播时生效。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="346"/>
        <source>kept; paste a new key to change it</source>
        <translation>已保存；粘贴新的密钥即可更换</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="348"/>
        <source>paste the stream key here</source>
        <translation>在这里粘贴推流密钥</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <location filename="../output_setup.py" line="374"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="387"/>
        <source>Test this output</source>
        <translation>测试此输出</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="391"/>
        <source>Test it from Settings with “Test this output”.</source>
        <translation>可以在“设置”里用“测试此输出”来测试。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="394"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="415"/>
        <source>Copied. Paste it in a terminal with Ctrl+Shift+V.</source>
        <translation>已复制。在终端里按 Ctrl+Shift+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="420"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>SetupTexts</name>
    <message>
        <location filename="../output_setup.py" line="90"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="91"/>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="92"/>
        <source>RTMP stream</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="93"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="110"/>
        <source>How to set up the virtual camera</source>
        <translation>如何设置虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="114"/>
        <source>In your streaming tool (直播伴侣, OBS or a meeting app), choose the virtual camera as the camera while the show is live.</source>
        <translation>开播时，在直播软件（直播伴侣、OBS 或会议软件）里把这个虚拟摄像头选为摄像头。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="120"/>
        <source>Windows has no virtual camera of its own; the free OBS Studio brings one, the OBS Virtual Camera, which vhost shows the presenter on.</source>
        <translation>Windows 自身没有虚拟摄像头；免费的 OBS Studio 自带一个“OBS Virtual Camera”，vhost 会把主播画面送到它上面。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="122"/>
        <source>1. Download OBS Studio from obsproject.com and install it.</source>
        <translation>1. 从 obsproject.com 下载并安装 OBS Studio。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="126"/>
        <source>2. If vhost does not find the camera after that, open OBS once, click “Start Virtual Camera”, then “Stop Virtual Camera”, and close OBS.</source>
        <translation>2. 如果装好后 vhost 仍找不到摄像头，请打开一次 OBS，点“启动虚拟摄像机”（Start Virtual Camera），再点“停止虚拟摄像机”，然后关闭 OBS。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="130"/>
        <source>3. In Settings, choose “when there is one” or “OBS Virtual Camera” as the virtual camera and press “Test this output”.</source>
        <translation>3. 在“设置”里把虚拟摄像头选为“有就用”或“OBS Virtual Camera”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="131"/>
        <location filename="../output_setup.py" line="149"/>
        <source>4. {0} It is called “OBS Virtual Camera”.</source>
        <translation>4. {0}它的名字是“OBS Virtual Camera”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="140"/>
        <source>macOS needs the free OBS Studio (version 30 or later), which brings the OBS Virtual Camera that vhost shows the presenter on.</source>
        <translation>macOS 需要安装免费的 OBS Studio（30 或更新版本），它自带“OBS Virtual Camera”，vhost 会把主播画面送到它上面。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="142"/>
        <source>1. Download OBS Studio from obsproject.com and move it to Applications.</source>
        <translation>1. 从 obsproject.com 下载 OBS Studio，并把它拖进“应用程序”文件夹。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="147"/>
        <source>2. Open OBS and click “Start Virtual Camera” once; when macOS asks, allow the OBS camera extension in System Settings. Then click “Stop Virtual Camera” and quit OBS.</source>
        <translation>2. 打开 OBS，点一次“启动虚拟摄像机”（Start Virtual Camera）；macOS 询问时，在“系统设置”里允许 OBS 的摄像头扩展。然后点“停止虚拟摄像机”并退出 OBS。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="148"/>
        <location filename="../output_setup.py" line="171"/>
        <source>3. In Settings, press “Test this output” next to the virtual camera.</source>
        <translation>3. 在“设置”里，点虚拟摄像头旁边的“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="157"/>
        <source>On Linux a virtual camera comes from v4l2loopback, a small system module that someone with administrator rights installs once.</source>
        <translation>在 Linux 上，虚拟摄像头由 v4l2loopback 提供，这是一个小的系统模块，需要有管理员权限的人安装一次。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="162"/>
        <source>1. Install the package “v4l2loopback-dkms” from your software centre or package manager (that is its name on Ubuntu and Debian).</source>
        <translation>1. 在“软件中心”或软件包管理器里安装“v4l2loopback-dkms”（在 Ubuntu 和 Debian 上叫这个名字）。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="168"/>
        <source>2. Then turn it on: open a terminal, paste this one command and press Enter; it asks for your password. It lasts until the computer restarts, so do it again after a restart.</source>
        <translation>2. 然后启用它：打开终端，粘贴下面这一条命令并按回车，它会要求输入您的密码。效果会保持到电脑重启，重启后需要再执行一次。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="172"/>
        <source>4. {0} It is called “vhost”.</source>
        <translation>4. {0}它的名字是“vhost”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="178"/>
        <source>How to set up the sound</source>
        <translation>如何设置声音</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="184"/>
        <source>For your streaming tool to hear the presenter, install VB-CABLE, a free virtual audio cable: what vhost plays into “CABLE Input” comes out of “CABLE Output”.</source>
        <translation>要让直播软件听到主播的声音，请安装免费的虚拟声卡 VB-CABLE：vhost 播放到“CABLE Input”的声音，会从“CABLE Output”出来。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="190"/>
        <source>1. Download VB-CABLE from vb-audio.com/Cable and unzip it; right-click “VBCABLE_Setup_x64”, choose “Run as administrator”, then “Install Driver”, and restart the computer.</source>
        <translation>1. 从 vb-audio.com/Cable 下载 VB-CABLE 并解压；右键点“VBCABLE_Setup_x64”，选“以管理员身份运行”，再点“Install Driver”，然后重启电脑。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="194"/>
        <source>2. In Settings, choose “CABLE Input” as the sound output and press “Test this output”.</source>
        <translation>2. 在“设置”里把声音输出选为“CABLE Input”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="195"/>
        <source>3. In your streaming tool, choose “CABLE Output” as the microphone.</source>
        <translation>3. 在直播软件里把麦克风选为“CABLE Output”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="204"/>
        <source>For your streaming tool to hear the presenter, install BlackHole, a free virtual audio cable.</source>
        <translation>要让直播软件听到主播的声音，请安装免费的虚拟声卡 BlackHole。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="206"/>
        <source>1. Download “BlackHole 2ch” from existential.audio/blackhole and install it.</source>
        <translation>1. 从 existential.audio/blackhole 下载并安装“BlackHole 2ch”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="210"/>
        <source>2. In Settings, choose “BlackHole 2ch” as the sound output and press “Test this output”.</source>
        <translation>2. 在“设置”里把声音输出选为“BlackHole 2ch”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="215"/>
        <source>3. In your streaming tool, choose “BlackHole 2ch” as the microphone. To hear the presenter yourself too, make a Multi-Output Device of your speakers and BlackHole in Audio MIDI Setup.</source>
        <translation>3. 在直播软件里把麦克风选为“BlackHole 2ch”。如果您自己也想听到主播，请在“音频 MIDI 设置”里用扬声器和 BlackHole 建一个“多输出设备”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="223"/>
        <source>On Linux, PulseAudio and PipeWire can make a virtual cable called a null sink: vhost plays into it and OBS records what comes out of it.</source>
        <translation>在 Linux 上，PulseAudio 和 PipeWire 可以建一条叫“空输出”（null sink）的虚拟声卡：vhost 把声音播放进去，OBS 录下从里面出来的声音。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="228"/>
        <source>1. Make the cable: open a terminal, paste this one command and press Enter (no password needed). It lasts until you log out.</source>
        <translation>1. 建立虚拟声卡：打开终端，粘贴下面这一条命令并按回车（不需要密码）。效果会保持到您注销为止。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="235"/>
        <source>2. Keep the sound output on “when there is one” in Settings and go live; then open Volume Control (pavucontrol) and, on its Playback tab, send vhost to “vhost”. The system remembers this.</source>
        <translation>2. 在“设置”里把声音输出保持为“有就用”，然后开播；再打开“音量控制”（pavucontrol），在“回放”页把 vhost 的声音切换到“vhost”。系统会记住这个选择。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="236"/>
        <source>3. In OBS, add an Audio Input Capture and choose “Monitor of vhost”.</source>
        <translation>3. 在 OBS 里添加“音频输入采集”，选择“Monitor of vhost”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="242"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="243"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="244"/>
        <source>the system keyring (GNOME Keyring or KWallet)</source>
        <translation>系统密钥环（GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="247"/>
        <source>How to stream to a platform (RTMP)</source>
        <translation>如何推流到直播平台（RTMP）</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="251"/>
        <source>RTMP sends the show straight to a live platform; you need two things from the platform&apos;s streaming settings: the server address and the stream key.</source>
        <translation>RTMP 把节目直接推送到直播平台；您需要从平台的推流设置里拿到两样东西：服务器地址和推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="253"/>
        <source>Where to find them:</source>
        <translation>在哪里找到它们：</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="255"/>
        <source>• {0}: {1}</source>
        <translation>• {0}：{1}</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="262"/>
        <source>In Settings → Stream (RTMP), choose your platform (its server address is filled in when it has a fixed one), paste the stream key, press Save, then “Test this output”: it connects and sends 2 seconds of a test pattern.</source>
        <translation>在“设置 → 推流（RTMP）”里选择您的平台（有固定服务器地址的会自动填好），粘贴推流密钥，点“保存”，再点“测试此输出”：它会连接平台并推送 2 秒测试画面。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="267"/>
        <source>The address and key are kept in {0}. If this computer has none, you choose between this session only and a private file. Never show the stream key on screen: anyone who has it can stream on your account.</source>
        <translation>地址和密钥保存在{0}里。如果这台电脑没有，您可以选择只在本次使用期间保留，或保存到私密文件。不要在屏幕上露出推流密钥：任何拿到它的人都能用您的账号直播。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="278"/>
        <source>How to record the show</source>
        <translation>如何录制节目</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="282"/>
        <source>A recording needs only a file: choose where the show is saved as an MP4 video. Nothing needs to be installed.</source>
        <translation>录制只需要一个文件：选择把节目保存为 MP4 视频的位置，不需要安装任何东西。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="287"/>
        <source>1. In Settings, press “Browse…” next to “Record to” and choose a folder (for example {0}) and a name ending in .mp4.</source>
        <translation>1. 在“设置”里点“录制到”旁边的“浏览…”，选一个文件夹（例如 {0}）和一个以 .mp4 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="291"/>
        <source>2. Every show records to that file; when it already exists, the date and time are added to the name, so no recording is ever overwritten.</source>
        <translation>2. 每场节目都录到这个文件；如果文件已存在，会在文件名后加上日期和时间，所以不会覆盖以前的录像。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="295"/>
        <source>3. Press “Test this output”: a 1-second test file is written in that folder and deleted again, which shows the folder can be written.</source>
        <translation>3. 点“测试此输出”：会在那个文件夹里写入一个 1 秒的测试文件再删除，以确认这个文件夹可以写入。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="302"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="303"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="304"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="305"/>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="306"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="307"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="308"/>
        <source>Other (custom)</source>
        <translation>其他（自定义）</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="316"/>
        <source>live.bilibili.com → 我的直播间 → 开播设置: start the broadcast there, then copy the 服务器地址 (server) and the 串流密钥 (stream key).</source>
        <translation>live.bilibili.com → 我的直播间 → 开播设置：在那里点开始直播，然后复制“服务器地址”和“串流密钥”。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="321"/>
        <source>in 抖音直播伴侣 or Douyin&apos;s web console, choose 第三方推流 / OBS推流 (your account may need that permission first) and copy the 推流地址 (server) and 推流密钥 (key); check your platform&apos;s console, as the address differs per account.</source>
        <translation>在抖音直播伴侣或抖音网页版后台选择“第三方推流 / OBS推流”（您的账号可能需要先开通这个权限），复制“推流地址”（服务器）和“推流密钥”；每个账号的地址不同，请以平台后台显示的为准。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="326"/>
        <source>in 快手直播伴侣 or Kuaishou&apos;s web console, choose 第三方推流 / OBS推流 and copy the 推流地址 (server) and 推流密钥 (key); check your platform&apos;s console, as the address differs per account.</source>
        <translation>在快手直播伴侣或快手网页版后台选择“第三方推流 / OBS推流”，复制“推流地址”（服务器）和“推流密钥”；每个账号的地址不同，请以平台后台显示的为准。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="331"/>
        <source>in the 淘宝直播 PC console (中控台), create the live, choose 推流方式 → 第三方推流 / OBS推流 and copy the 推流地址; check your platform&apos;s console. When it gives one whole address, paste all of it into the stream key field.</source>
        <translation>在淘宝直播电脑版中控台创建直播，推流方式选“第三方推流 / OBS推流”，复制“推流地址”，请以平台后台显示的为准。如果给的是一整条地址，就把它整条粘贴到“推流密钥”一栏。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="334"/>
        <source>YouTube Studio → Create → Go live → Stream: copy the Stream URL and the Stream key.</source>
        <translation>YouTube 工作室 → 创建 → 开始直播 → 直播：复制“直播网址”（Stream URL）和“直播密钥”（Stream key）。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="338"/>
        <source>Creator Dashboard → Settings → Stream: copy the Primary Stream key; the server rtmp://live.twitch.tv/app sends you to the nearest Twitch ingest.</source>
        <translation>创作者仪表板 → 设置 → 直播：复制“主要串流密钥”（Primary Stream key）；服务器 rtmp://live.twitch.tv/app 会自动连到离您最近的 Twitch 接收点。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="343"/>
        <source>paste the server address (rtmp://…) from your platform&apos;s streaming settings and the stream key; when it gives one whole address, paste all of it into the stream key field.</source>
        <translation>粘贴平台推流设置里的服务器地址（rtmp://…）和推流密钥；如果给的是一整条地址，就把它整条粘贴到“推流密钥”一栏。</translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../stream_page.py" line="100"/>
        <source>rtmp://… from your platform&apos;s streaming settings</source>
        <translation>rtmp://…，来自平台的推流设置</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="105"/>
        <source>Test this output</source>
        <translation>测试此输出</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="106"/>
        <source>How to set this up</source>
        <translation>如何设置</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="107"/>
        <source>Forget the stream key</source>
        <translation>删除推流密钥</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="123"/>
        <source>This computer has no system keyring to keep the stream key in. Choose where to keep it instead:</source>
        <translation>这台电脑没有可以保存推流密钥的系统密钥环。请选择改为保存在哪里：</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="125"/>
        <source>Keep it for this session only</source>
        <translation>只在本次使用期间保留</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="128"/>
        <source>Nothing is written to disk; vhost forgets it when it closes.</source>
        <translation>不写入磁盘；vhost 关闭后就忘掉。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="129"/>
        <source>Keep it in a private file</source>
        <translation>保存到私密文件</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="134"/>
        <source>The private file is {0}. Only your user account may read it, but anyone who can use this account (or an administrator) can read the stream key in it.</source>
        <translation>私密文件是 {0}。只有您的用户账户可以读取它，但任何能使用这个账户的人（或管理员）都能读到里面的推流密钥。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="153"/>
        <source>Platform</source>
        <translation>直播平台</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="155"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="156"/>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="157"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="188"/>
        <source>Paste the stream key too: the server address alone cannot stream.</source>
        <translation>请同时粘贴推流密钥：只有服务器地址无法推流。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="191"/>
        <source>Choose your platform or paste the server address (rtmp://…) before the stream key.</source>
        <translation>请先选择平台或粘贴服务器地址（rtmp://…），再填推流密钥。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="192"/>
        <source>The stream key has spaces in it; copy it again from your platform&apos;s console.</source>
        <translation>推流密钥里有空格；请从平台后台重新复制。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="197"/>
        <source>That is not an RTMP address: it starts with rtmp:// or rtmps://, like rtmp://live.example.com/app/STREAM-KEY (copy it from your platform&apos;s streaming settings).</source>
        <translation>这不是 RTMP 地址：RTMP 地址以 rtmp:// 或 rtmps:// 开头，例如 rtmp://live.example.com/app/STREAM-KEY（请从平台的推流设置里复制）。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="231"/>
        <source>The stream key could not be written to {0} ({1}); it was not kept.</source>
        <translation>推流密钥无法写入 {0}（{1}），没有保存。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="246"/>
        <source>The stream key is forgotten: the show does not stream to a platform.</source>
        <translation>推流密钥已删除：节目不再推流到直播平台。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="253"/>
        <source>{0}, in {1}.</source>
        <translation>{0}，保存在{1}里。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="255"/>
        <source>{0}, for this session only: vhost forgets it when it closes.</source>
        <translation>{0}，只在本次使用期间保留：vhost 关闭后就忘掉。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="259"/>
        <source>{0}, in the private file {1}.</source>
        <translation>{0}，保存在私密文件 {1} 里。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="263"/>
        <source>Nothing yet: the show does not stream to a platform.</source>
        <translation>还没有：节目不会推流到直播平台。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="279"/>
        <source>The RTMP URL is kept for this session only; vhost forgets it when it closes.</source>
        <translation>RTMP 推流地址只在本次使用期间保留；vhost 关闭后就忘掉。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="282"/>
        <source>The RTMP URL is kept in the private file {0}; anyone who can use this account can read it.</source>
        <translation>RTMP 推流地址已保存到私密文件 {0}；任何能使用这个账户的人都能读到它。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="283"/>
        <source>The RTMP URL is kept in {0}.</source>
        <translation>RTMP 推流地址已保存在{0}里。</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="302"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="303"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="304"/>
        <source>the system keyring (GNOME Keyring or KWallet)</source>
        <translation>系统密钥环（GNOME Keyring 或 KWallet）</translation>
    </message>
</context>
</TS>
