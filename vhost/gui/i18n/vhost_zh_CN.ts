<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsPanel</name>
    <message>
        <location filename="../analytics_panel.py" line="49"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="50"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="78"/>
        <source>{0} messages: {1} answered, {2} ignored, {3} moderated.</source>
        <translation>共 {0} 条消息：回答 {1} 条，未回答 {2} 条，拦截 {3} 条。</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="85"/>
        <source>Messages per minute</source>
        <translation>每分钟消息数</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="86"/>
        <source>min {0}</source>
        <translation>第{0}分钟</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="88"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="89"/>
        <location filename="../analytics_panel.py" line="111"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="96"/>
        <source>What viewers asked</source>
        <translation>观众问了什么</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="104"/>
        <source>Products asked about</source>
        <translation>被问到的商品</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="112"/>
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="113"/>
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="114"/>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="120"/>
        <source>Answered, ignored, moderated</source>
        <translation>回答、未回答、拦截</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="157"/>
        <source>Export the figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../analytics_panel.py" line="162"/>
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../catalog_panel.py" line="47"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="48"/>
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="49"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="50"/>
        <source>Original price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="51"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="52"/>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="53"/>
        <source>Selling points (separated by ；)</source>
        <translation>卖点（用；分隔）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="65"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="66"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="67"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="68"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="69"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="70"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="85"/>
        <source>No catalog yet: import one, or the show uses the demo catalog.</source>
        <translation>还没有商品表：请导入，否则直播使用示例商品表。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="100"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="121"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="126"/>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="130"/>
        <source>Import cancelled; the catalog is unchanged.</source>
        <translation>已取消导入，商品表未改变。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="141"/>
        <source>{0}: {1} products loaded, {2} rows skipped.</source>
        <translation>{0}：读入 {1} 个商品，跳过 {2} 行。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="175"/>
        <source>{0}: details changed.</source>
        <translation>{0}：详情已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="207"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="217"/>
        <source>{0}: {1} changed.</source>
        <translation>{0}：{1}已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="247"/>
        <source>{0}: added.</source>
        <translation>{0}：已添加。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="279"/>
        <source>Import a catalog</source>
        <translation>导入商品表</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="280"/>
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="286"/>
        <source>Export the catalog</source>
        <translation>导出商品表</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="37"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="38"/>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="39"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="40"/>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="41"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="42"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="43"/>
        <source>Answer (editable while waiting)</source>
        <translation>回答（待审时可修改）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="51"/>
        <source>Approve answers before they are spoken</source>
        <translation>回答先经我审核再播出</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="53"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="54"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="55"/>
        <source>Block viewer</source>
        <translation>屏蔽该观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="66"/>
        <source>Type words for the presenter to say next…</source>
        <translation>输入让主播接下来说的话…</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="67"/>
        <source>Say now</source>
        <translation>立即说</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="95"/>
        <source>(hidden: moderated)</source>
        <translation>（已隐藏：违规内容）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="118"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="119"/>
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="120"/>
        <location filename="../chat_panel.py" line="158"/>
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="121"/>
        <source>waiting for you</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="124"/>
        <source>another answer is waiting</source>
        <translation>已有回答在排队</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="125"/>
        <source>answered a moment ago</source>
        <translation>刚回答过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="126"/>
        <source>too many messages</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="127"/>
        <source>thanked a moment ago</source>
        <translation>刚感谢过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="128"/>
        <location filename="../chat_panel.py" line="156"/>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="129"/>
        <source>not a question about the products</source>
        <translation>不是关于商品的问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="130"/>
        <source>abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="131"/>
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="132"/>
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="133"/>
        <source>tries to change the presenter&apos;s words</source>
        <translation>试图操控主播说话</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="134"/>
        <location filename="../chat_panel.py" line="164"/>
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="135"/>
        <source>no lawful reply</source>
        <translation>没有合规的回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="145"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="146"/>
        <source>deal</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="147"/>
        <source>shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="148"/>
        <source>size</source>
        <translation>尺码规格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="149"/>
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="150"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="151"/>
        <source>how to buy</source>
        <translation>怎么买</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="152"/>
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="153"/>
        <source>greeting</source>
        <translation>打招呼</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="154"/>
        <source>praise</source>
        <translation>夸奖</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="155"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="157"/>
        <source>other question</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="159"/>
        <source>flood</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="160"/>
        <source>gift</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="161"/>
        <source>like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="162"/>
        <source>follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="163"/>
        <source>entered</source>
        <translation>进入直播间</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../live_panel.py" line="36"/>
        <source>How to fix</source>
        <translation>如何开启</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../live_panel.py" line="70"/>
        <source>Press Go Live to start the show.</source>
        <translation>点击“开播”开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="77"/>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="78"/>
        <location filename="../live_panel.py" line="179"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="80"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="90"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="91"/>
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="92"/>
        <source>RTMP</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="93"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="131"/>
        <source>Starting: loading the voice and the face…</source>
        <translation>正在启动：加载声音和形象…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="135"/>
        <source>Off air. Go Live (F5) starts the show again.</source>
        <translation>已下播。按“开播”（F5）重新开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="140"/>
        <source>off air</source>
        <translation>已下播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="152"/>
        <source>Uptime {0}   fps {1}   A/V offset {2} ms   speech ready {3} s</source>
        <translation>已播 {0}   帧率 {1}   音画偏差 {2} 毫秒   备好的语音 {3} 秒</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="165"/>
        <source>streaming</source>
        <translation>推流中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="165"/>
        <source>reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="169"/>
        <source>Answering “{0}”: </source>
        <translation>回答“{0}”：</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="173"/>
        <source>Next: {0}</source>
        <translation>接下来：{0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="179"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>vhost — virtual live host</source>
        <translation>vhost — 虚拟主播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Chat</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Go live (F5)</source>
        <translation>开播 (F5)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>Live.</source>
        <translation>直播中。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Paused: the presenter waits quietly.</source>
        <translation>已暂停：主播安静等待。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>The show could not run; see the message on the Live screen.</source>
        <translation>直播没能开始，请看直播页上的提示。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>device {0}</source>
        <translation>设备 {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <location filename="../main_window.py" line="285"/>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>Schedule</source>
        <translation>排播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81"/>
        <source>Presenter</source>
        <translation>主播形象</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <location filename="../main_window.py" line="230"/>
        <source>The running show now follows your changes.</source>
        <translation>正在进行的直播已按你的修改执行。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Your own script lines in {0} could not be read ({1}); the show writes its own.</source>
        <translation>无法读取 {0} 中你自己的话术（{1}），直播将自动撰写话术。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>not in use (Settings: RTMP URL)</source>
        <translation>未使用（在设置里填写 RTMP 地址）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293"/>
        <source>not in use (Settings: recording file)</source>
        <translation>未使用（在设置里填写录制文件）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>{0} is blocked for this show.</source>
        <translation>本场直播已屏蔽 {0}。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>Go live first: there is no show to speak in.</source>
        <translation>请先开播：现在没有直播可以说话。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Not said: advertising law forbids these words.</source>
        <translation>没有播出：这些词违反广告法。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>Said as: {0}</source>
        <translation>已改为合规说法：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
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
        <location filename="../main_window.py" line="375"/>
        <source>the demo catalog</source>
        <translation>示例商品表</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="377"/>
        <source>no chat; e.g. twitch:#channel, bilibili:ROOMID, webhook:8765</source>
        <translation>不接评论；例如 bilibili:房间号、webhook:8765、twitch:#频道</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>when there is one</source>
        <translation>有就用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <source>{0} (not found now)</source>
        <translation>{0}（现在未找到）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>the default folder in the data folder</source>
        <translation>数据文件夹中的默认位置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392"/>
        <source>no recording; e.g. show.mp4</source>
        <translation>不录制；例如 show.mp4</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>kept in the system keyring</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>rtmp://server/app/STREAM-KEY</source>
        <translation>rtmp://服务器/app/推流码</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>none; e.g. http://localhost:11434/v1</source>
        <translation>不使用；例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>保存在系统钥匙串中；留空则不变</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Approve chat answers before they are spoken</source>
        <translation>评论回答先审核再播出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>保存设置 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416"/>
        <source>App language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417"/>
        <source>Show language</source>
        <translation>直播语言</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Catalog file</source>
        <translation>商品表文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>Chat source</source>
        <translation>评论来源</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="423"/>
        <source>RTMP URL with stream key</source>
        <translation>RTMP 推流地址（含推流码）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>LLM endpoint (rewords answers)</source>
        <translation>大模型接口（润色回答）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>LLM model</source>
        <translation>大模型名称</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Choose a catalog</source>
        <translation>选择商品表</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="443"/>
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>Record the show to</source>
        <translation>把直播录制到</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="453"/>
        <source>Where model files are kept</source>
        <translation>模型文件存放位置</translation>
    </message>
</context>
</TS>
