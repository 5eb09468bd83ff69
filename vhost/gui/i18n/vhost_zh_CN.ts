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
        <location filename="../catalog_panel.py" line="73"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="74"/>
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="75"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="76"/>
        <source>Original price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="77"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="78"/>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="79"/>
        <source>Selling points (separated by ；)</source>
        <translation>卖点（用；分隔）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="91"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="92"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="93"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="94"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="95"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="96"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="97"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="98"/>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>撤销上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="100"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="101"/>
        <source>Make again what Undo took back (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>重新做撤销掉的修改（Ctrl+Shift+Z 或 Ctrl+Y）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="122"/>
        <source>No catalog yet: import one, or the show uses the demo catalog.</source>
        <translation>还没有商品表：请导入，否则直播使用示例商品表。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="139"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="175"/>
        <source>Undone: the catalog is as it was before your last change.</source>
        <translation>已撤销：商品表恢复到了上一次修改之前的样子。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="184"/>
        <source>Redone: the change Undo took back is made again.</source>
        <translation>已重做：撤销掉的修改又恢复了。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="223"/>
        <source>{0}, {1}: the refused value is taken back; the cell shows the product&apos;s value.</source>
        <translation>{0}，{1}：未接受的值已撤回，单元格显示商品原来的值。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="242"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="247"/>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="251"/>
        <source>Import cancelled; the catalog is unchanged.</source>
        <translation>已取消导入，商品表未改变。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="263"/>
        <source>1 product loaded</source>
        <translation>读取了 1 个商品</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="264"/>
        <source>{0} products loaded</source>
        <translation>读取了 {0} 个商品</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="268"/>
        <source>no rows skipped</source>
        <translation>没有跳过任何行</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="270"/>
        <source>1 row skipped (see Problems)</source>
        <translation>跳过 1 行（见“问题”）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="271"/>
        <source>{0} rows skipped (see Problems)</source>
        <translation>跳过 {0} 行（见“问题”）</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="272"/>
        <source>{0}: {1}, {2}.</source>
        <translation>{0}：{1}，{2}。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="307"/>
        <source>{0}: details changed.</source>
        <translation>{0}：详情已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="359"/>
        <source>{0}: its price, original price and stock come from its variants; change them on the Variants tab below.</source>
        <translation>{0}：价格、原价和库存来自它的规格（SKU）；请在下面的“规格”页修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="365"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="368"/>
        <source>{0} ({1}).</source>
        <translation>{0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="378"/>
        <source>{0}: {1} changed.</source>
        <translation>{0}：{1}已修改。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="395"/>
        <source>for example 59 or ¥59.90</source>
        <translation>例如 59 或 ¥59.90</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="396"/>
        <source>for example 129 or ¥129.00, or empty when there is none</source>
        <translation>例如 129 或 ¥129.00；没有就留空</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="397"/>
        <source>for example 40, or empty when unknown</source>
        <translation>例如 40；不清楚就留空</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="398"/>
        <source>for example 竹纤维毛巾</source>
        <translation>例如 竹纤维毛巾</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="424"/>
        <source>{0}: added.</source>
        <translation>{0}：已添加。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="438"/>
        <source>{0} removed.</source>
        <translation>已删除 {0}。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="452"/>
        <source>{0} moved up.</source>
        <translation>{0} 已上移。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="452"/>
        <source>{0} moved down.</source>
        <translation>{0} 已下移。</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="462"/>
        <source>Import a catalog</source>
        <translation>导入商品表</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="463"/>
        <source>Catalogs (*.json *.csv *.xlsx)</source>
        <translation>商品表 (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="469"/>
        <source>Export the catalog</source>
        <translation>导出商品表</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="67"/>
        <location filename="../chat_panel.py" line="141"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="68"/>
        <location filename="../chat_panel.py" line="141"/>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="69"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="70"/>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="71"/>
        <location filename="../chat_panel.py" line="141"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="72"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="73"/>
        <source>Answer (editable while waiting)</source>
        <translation>回答（待审时可修改）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="81"/>
        <source>Approve answers before they are spoken</source>
        <translation>回答先经我审核再播出</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="83"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="84"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="85"/>
        <location filename="../chat_panel.py" line="413"/>
        <source>Block viewer</source>
        <translation>屏蔽该观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="105"/>
        <source>Type words for the presenter to say next…</source>
        <translation>输入让主播接下来说的话…</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="106"/>
        <source>Say now</source>
        <translation>立即说</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="117"/>
        <source>Use this wording</source>
        <translation>用这个说法</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="118"/>
        <source>Put the law filter&apos;s wording in the box</source>
        <translation>把合规建议的说法填进输入框</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="141"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="148"/>
        <source>Type the answer the catalog does not have…</source>
        <translation>输入商品资料里没有的答案…</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="149"/>
        <source>Answer on air and add to FAQ</source>
        <translation>在直播里回答并加入常见问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="150"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="151"/>
        <source>Remove the question without answering it</source>
        <translation>不回答，移除这个问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="185"/>
        <source>(hidden: moderated)</source>
        <translation>（已隐藏：违规内容）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="207"/>
        <source>The catalog does not say; answer it below</source>
        <translation>商品资料里没有写；请在下面回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="239"/>
        <source>ignored ({0})</source>
        <translation>未回答（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="241"/>
        <source>moderated ({0})</source>
        <translation>已拦截（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="243"/>
        <source>answered</source>
        <translation>已安排回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="245"/>
        <source>rejected by you</source>
        <translation>已被你拒绝</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="246"/>
        <source>blocked viewer</source>
        <translation>已屏蔽的观众</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="247"/>
        <source>lapsed: not approved in time</source>
        <translation>已过期：未及时审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="248"/>
        <location filename="../chat_panel.py" line="251"/>
        <source>ignored</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="249"/>
        <location filename="../chat_panel.py" line="288"/>
        <source>moderated</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="293"/>
        <source>order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="320"/>
        <source>Questions to answer ({0})</source>
        <translation>待回答的问题（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="345"/>
        <source>Type an answer first: an empty answer says nothing to the viewer.</source>
        <translation>请先输入答案：空答案对观众什么也没说。</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="380"/>
        <source>Unblock {0}</source>
        <translation>解除屏蔽 {0}</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="383"/>
        <source>Blocked viewers ({0})</source>
        <translation>已屏蔽的观众（{0}）</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="413"/>
        <source>Unblock viewer</source>
        <translation>解除屏蔽</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="447"/>
        <source>Not said: advertising law forbids these words ({0}).</source>
        <translation>没有播出：广告法不允许这些用语（{0}）。</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="450"/>
        <source>Not said: advertising law forbids these words.</source>
        <translation>没有播出：广告法不允许这些用语。</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="452"/>
        <source>The law filter suggests: {0}</source>
        <translation>合规建议：{0}</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="455"/>
        <source>Word it another way and press Say now again.</source>
        <translation>换一种说法，再点“立即播报”。</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="244"/>
        <source>waiting for you</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="256"/>
        <source>another answer is waiting</source>
        <translation>已有回答在排队</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="259"/>
        <source>answered a moment ago</source>
        <translation>刚回答过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="258"/>
        <source>too many messages</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="264"/>
        <source>thanked a moment ago</source>
        <translation>刚感谢过</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="260"/>
        <location filename="../chat_panel.py" line="286"/>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="257"/>
        <source>empty message</source>
        <translation>空消息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="261"/>
        <source>not a question about the products</source>
        <translation>不是关于商品的问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="265"/>
        <source>abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="266"/>
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="267"/>
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="268"/>
        <source>tries to change the presenter&apos;s words</source>
        <translation>试图操控主播说话</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="262"/>
        <source>no lawful reply</source>
        <translation>没有合规的回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="263"/>
        <source>nothing to say</source>
        <translation>无需回应</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="270"/>
        <source>another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="275"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="276"/>
        <source>deal</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="277"/>
        <source>shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="278"/>
        <source>size</source>
        <translation>尺码规格</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="279"/>
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="280"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="281"/>
        <source>how to buy</source>
        <translation>怎么买</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="282"/>
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="283"/>
        <source>greeting</source>
        <translation>打招呼</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="284"/>
        <source>praise</source>
        <translation>夸奖</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="285"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="287"/>
        <source>other question</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="289"/>
        <source>flood</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="290"/>
        <source>gift</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="291"/>
        <source>like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="292"/>
        <source>follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="294"/>
        <source>entered</source>
        <translation>进入直播间</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <location filename="../clone_dialog.py" line="66"/>
        <source>Clone a voice</source>
        <translation>克隆声音</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="74"/>
        <source>Use 10–30 s of clear speech by one speaker, with little background noise. A sound file or a video with sound will do.</source>
        <translation>请用 10–30 秒同一个人清楚说话的录音，背景噪音要小。音频文件或带声音的视频都可以。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="77"/>
        <source>A sound file or a video of the voice speaking</source>
        <translation>这个声音说话的音频文件或视频</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="85"/>
        <source>For example shop_owner (letters, digits, - or _)</source>
        <translation>例如 shop_owner（字母、数字、- 或 _）</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="87"/>
        <source>OpenVoice V2 — commercial use allowed</source>
        <translation>OpenVoice V2 — 允许商用</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="88"/>
        <source>XTTS-v2 — not for commercial use</source>
        <translation>XTTS-v2 — 不可商用</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="98"/>
        <source>OpenVoice speaks with this voice, then gives it the tone colour of the recording.</source>
        <translation>OpenVoice 先用这个声音说，再把它变成录音里的音色。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="99"/>
        <source>The owner of this voice agreed to have it cloned</source>
        <translation>声音的主人已同意克隆</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="103"/>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="108"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="110"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="112"/>
        <source>Base voice</source>
        <translation>底声</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="149"/>
        <source>Choose a recording of the voice.</source>
        <translation>请选择这个声音的录音。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="150"/>
        <source>{0} is not a file; choose the recording again.</source>
        <translation>{0} 不是文件；请重新选择录音。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="154"/>
        <source>Give the voice a name.</source>
        <translation>请给这个声音起个名字。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="160"/>
        <source>Tick the box to confirm that the owner of this voice agreed to have it cloned.</source>
        <translation>请勾选，确认声音的主人已同意克隆。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="169"/>
        <source>MIT licence: a shop&apos;s stream may use this voice.</source>
        <translation>MIT 许可：店铺直播可以使用这个声音。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="173"/>
        <source>XTTS-v2&apos;s licence (CPML) does not allow commercial use: a shop&apos;s stream may not use this voice without a commercial licence for the model.</source>
        <translation>XTTS-v2 的许可（CPML）不允许商用：没有该模型的商业授权，店铺直播不能使用这个声音。</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="186"/>
        <source>Choose a recording of the voice</source>
        <translation>选择这个声音的录音</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="188"/>
        <source>Recordings and videos ({0});;All files (*)</source>
        <translation>录音和视频 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="204"/>
        <source>Replace the voice?</source>
        <translation>替换这个声音？</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="207"/>
        <source>A cloned voice named {0} is already saved. Replace it with a clone of this recording?</source>
        <translation>已经保存了名为 {0} 的克隆声音。要用这段录音的克隆替换它吗？</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="208"/>
        <source>Replace it</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../clone_dialog.py" line="209"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <location filename="../health.py" line="36"/>
        <source>fps: pictures sent each second (steady near the target is smooth).
Pictures repeated: the picture fell behind and the last one was sent again; the sound never stops.
CPU: this app&apos;s share of the whole computer.
A/V offset: how far sound and picture are apart (0 is exact).
Voice made ahead: seconds of speech ready; below half a second the presenter may pause.
RTMP: the stream&apos;s bitrate to the platform.</source>
        <translation>帧率：每秒发出的画面数（稳定在目标附近就是流畅）。
重复画面：画面没跟上，把上一帧再发一次；声音不会中断。
CPU：本软件占整台电脑的比例。
音画偏差：声音和画面相差多少（0 为完全同步）。
提前备好的语音：已经合成好的语音秒数；低于半秒主播可能会停顿。
RTMP：推流到平台的码率。</translation>
    </message>
    <message>
        <location filename="../health.py" line="69"/>
        <source>Uptime {0}</source>
        <translation>已播 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="72"/>
        <source>fps {0}</source>
        <translation>帧率 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="75"/>
        <source>pictures repeated {0}</source>
        <translation>重复画面 {0}</translation>
    </message>
    <message>
        <location filename="../health.py" line="82"/>
        <source>voice made ahead {0} s</source>
        <translation>提前备好语音 {0} 秒</translation>
    </message>
    <message>
        <location filename="../health.py" line="78"/>
        <source>CPU {0} %</source>
        <translation>CPU {0} %</translation>
    </message>
    <message>
        <location filename="../health.py" line="79"/>
        <source>A/V offset {0} ms</source>
        <translation>音画偏差 {0} 毫秒</translation>
    </message>
    <message>
        <location filename="../health.py" line="88"/>
        <source>RTMP {0} Mb/s</source>
        <translation>RTMP {0} Mb/s</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../work.py" line="76"/>
        <source>{0} failed: {1}</source>
        <translation>{0}失败：{1}</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../live_panel.py" line="46"/>
        <source>How to set this up</source>
        <translation>如何设置</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../live_panel.py" line="95"/>
        <source>Press Go Live to start the show.</source>
        <translation>点击“开播”开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="102"/>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="103"/>
        <location filename="../live_panel.py" line="296"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="105"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="121"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="122"/>
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="123"/>
        <source>RTMP</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="124"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="130"/>
        <source>Chat</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="144"/>
        <source>Start from the top</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="183"/>
        <source>Off air. Go Live (F5) starts the show again.</source>
        <translation>已下播。按“开播”（F5）重新开始直播。</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="188"/>
        <source>off air</source>
        <translation>已下播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="192"/>
        <source>PREVIEW ONLY: not on air</source>
        <translation>仅预览：未在直播</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="194"/>
        <source>● ON AIR</source>
        <translation>● 直播中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="196"/>
        <source>● ON AIR (paused)</source>
        <translation>● 直播中（已暂停）</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="198"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="213"/>
        <source>opening the camera, sound and stream</source>
        <translation>打开摄像头、声音和推流</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="214"/>
        <source>reading the catalog</source>
        <translation>读取商品表</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="215"/>
        <source>loading the presenter&apos;s face</source>
        <translation>加载主播形象</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="216"/>
        <source>loading the voice</source>
        <translation>加载声音</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="217"/>
        <source>loading the chat models</source>
        <translation>加载评论模型</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="218"/>
        <source>making the first line</source>
        <translation>生成第一句话</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="219"/>
        <source>getting ready</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="220"/>
        <source>Starting: {0}…</source>
        <translation>正在启动：{0}…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="228"/>
        <source>a new file beside {0}</source>
        <translation>在 {0} 旁边新建文件</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="230"/>
        <source>will use {0}</source>
        <translation>将使用 {0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="232"/>
        <source>switched off in Settings</source>
        <translation>已在设置中关闭</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="234"/>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="236"/>
        <source>not found on this computer</source>
        <translation>这台电脑上没有找到</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="252"/>
        <source>streaming</source>
        <translation>推流中</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="252"/>
        <source>reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="259"/>
        <source>stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="262"/>
        <source>no chat source (Settings → Chat source)</source>
        <translation>没有评论来源（设置 → 评论来源）</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="265"/>
        <source>last comment {0} s ago</source>
        <translation>最近一条评论在 {0} 秒前</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="268"/>
        <source>no comment yet</source>
        <translation>还没有评论</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="270"/>
        <source>{0}: reconnecting… ({1})</source>
        <translation>{0}：正在重新连接…（{1}）</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="272"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="274"/>
        <source>, {0} bridge connection(s)</source>
        <translation>，{0} 个评论桥连接</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="276"/>
        <source>, {0} request(s) refused (a wrong token or a web page)</source>
        <translation>，拒绝了 {0} 个请求（口令不对或来自网页）</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="285"/>
        <source>Answering “{0}”: </source>
        <translation>回答“{0}”：</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="289"/>
        <source>Next: {0}</source>
        <translation>接下来：{0}</translation>
    </message>
    <message>
        <location filename="../live_panel.py" line="296"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>vhost — virtual live host</source>
        <translation>vhost — 虚拟主播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71"/>
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <location filename="../main_window.py" line="542"/>
        <source>Chat</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>Go live (F5)</source>
        <translation>开播 (F5)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Continuing where the last show stopped: pass {0}, line {1} ({2} lines said so far).</source>
        <translation>从上次停下的地方继续：第 {0} 轮，第 {1} 句（到目前为止已说 {2} 句）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Start from the top?</source>
        <translation>从头开始？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>The show stops and starts again with its greeting; viewers see a few seconds of starting, and a recording starts a new file.</source>
        <translation>直播会先停下，再从开场白重新开始；观众会看到几秒钟的启动画面，录像会另存为新文件。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>Start from the top</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Keep going from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>Your catalog: {0} products, as you last left it.</source>
        <translation>您的商品表：共 {0} 件商品，和您上次离开时一样。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>This is the demo catalog, to try vhost. Import your own product list (Import…) to sell your products; it is kept from then on, edits included.</source>
        <translation>这是用来试用 vhost 的示例商品表。导入您自己的商品表（“导入…”）就能卖您的商品；之后它会一直保存，包括您的修改。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Your saved catalog could not be read ({0}).</source>
        <translation>无法读取您保存的商品表（{0}）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Your catalog could not be saved ({0}); export it to keep your edits.</source>
        <translation>无法保存您的商品表（{0}）；请导出它，以免丢失修改。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Paused: the presenter waits quietly.</source>
        <translation>已暂停：主播安静等待。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>The show could not run; see the message on the Live screen.</source>
        <translation>直播没能开始，请看直播页上的提示。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="347"/>
        <source>Stopped. The recording is in {0}</source>
        <translation>已停止。录像保存在 {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>device {0}</source>
        <translation>设备 {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>not set up (Settings → Stream)</source>
        <translation>未设置（设置 → 推流）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>not set up (Settings → Record to)</source>
        <translation>未设置（设置 → 录制到）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <location filename="../main_window.py" line="433"/>
        <source>The show is not running: no answer is waiting.</source>
        <translation>直播没有在进行：没有待审核的回答。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>Not approved: advertising law forbids these words. Word the answer again or reject it.</source>
        <translation>未通过：这些词违反广告法。请重新措辞，或拒绝这条回答。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>This answer is no longer waiting.</source>
        <translation>这条回答已不在等待审核。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>Go live first: a viewer is blocked for one show.</source>
        <translation>请先开播：屏蔽观众只对当场直播有效。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>{0} is blocked: their comments are ignored for the rest of this show.</source>
        <translation>已屏蔽 {0}：本场直播余下时间不再回应其评论。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <source>{0} is unblocked: their new comments are answered.</source>
        <translation>已解除对 {0} 的屏蔽：其新评论会照常回应。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="469"/>
        <source>Answers now wait for your approval.</source>
        <translation>现在回答需经你审核后才播出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>Answers now go on air without waiting for you.</source>
        <translation>现在回答无需审核，直接播出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <location filename="../main_window.py" line="391"/>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Schedule</source>
        <translation>排播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Presenter</source>
        <translation>主播形象</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Preview only?</source>
        <translation>只预览吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>Nothing will leave this computer: no virtual camera, sound device, RTMP stream or recording is set up, so no viewer will see or hear the show. Start it as a preview only?</source>
        <translation>不会有任何内容离开这台电脑：虚拟摄像头、音频设备、RTMP 推流和录制都没有设置，观众看不到也听不到节目。要只以预览方式启动吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Start a preview</source>
        <translation>开始预览</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Set up an output first</source>
        <translation>先设置一个输出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <location filename="../main_window.py" line="316"/>
        <source>The running show now follows your changes.</source>
        <translation>正在进行的直播已按你的修改执行。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>Your own script lines in {0} could not be read ({1}); the show writes its own.</source>
        <translation>无法读取 {0} 中你自己的话术（{1}），直播将自动撰写话术。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>Preview only: nothing leaves this computer.</source>
        <translation>仅预览：没有任何内容离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>On air: the first picture has gone out.</source>
        <translation>已开播：第一帧画面已经发出。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <location filename="../main_window.py" line="483"/>
        <source>Go live first: there is no show to speak in.</source>
        <translation>请先开播：现在没有直播可以说话。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="487"/>
        <source>Not said: advertising law forbids these words.</source>
        <translation>没有播出：这些词违反广告法。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>Said as: {0}</source>
        <translation>已改为合规说法：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="503"/>
        <source>Not added to the FAQ: product {0} is no longer in the catalog.</source>
        <translation>没有加入常见问题：商品 {0} 已经不在商品目录里了。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="509"/>
        <source>Added to the FAQ of {0}; not said, as no show is live.</source>
        <translation>已加入 {0} 的常见问题；没有在直播中说出，因为现在没有直播。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="515"/>
        <source>Added to the FAQ of {0}, and said on air as: {1}</source>
        <translation>已加入 {0} 的常见问题，并在直播中说成：{1}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="534"/>
        <source>{0}: an answer from the chat added to its FAQ.</source>
        <translation>{0}：评论区的一个回答已加入它的常见问题。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Chat ({0})</source>
        <translation>评论（{0}）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="562"/>
        <source>Stop the preview?</source>
        <translation>停止预览？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="563"/>
        <source>The preview is running (it reaches no one). Closing vhost stops it.</source>
        <translation>预览正在进行（没有观众能看到）。关闭 vhost 会停止预览。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>Stop the preview and close</source>
        <translation>停止预览并关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="565"/>
        <source>Keep the preview running</source>
        <translation>继续预览</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="569"/>
        <source>Stop the show?</source>
        <translation>要停止节目吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="570"/>
        <source>The show is on air. Closing vhost stops it for everyone watching.</source>
        <translation>节目正在直播。关闭 vhost 会让所有观众的直播中断。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="571"/>
        <source>Stop the show and close</source>
        <translation>停止节目并关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="572"/>
        <source>Keep the show on air</source>
        <translation>继续直播</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578"/>
        <source>Close without saving the settings?</source>
        <translation>不保存设置就关闭吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>You changed settings and did not save them. Close anyway, and lose those changes?</source>
        <translation>你改了设置但还没保存。仍要关闭并放弃这些更改吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="580"/>
        <source>Close without saving</source>
        <translation>不保存，直接关闭</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="581"/>
        <source>Go back to save them</source>
        <translation>返回去保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="591"/>
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
        <location filename="../new_product.py" line="19"/>
        <source>What the presenter calls it</source>
        <translation>主播口播时的商品名称</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="21"/>
        <source>For example 59 or ¥59.90</source>
        <translation>例如 59 或 ¥59.90</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="30"/>
        <source>Title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="31"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../new_product.py" line="51"/>
        <source>A title and a price above 0 are needed.</source>
        <translation>请填写商品名和大于 0 的价格。</translation>
    </message>
</context>
<context>
    <name>OutputTests</name>
    <message>
        <location filename="../output_tests.py" line="179"/>
        <source>Another test is running; wait for it to end.</source>
        <translation>另一项测试正在进行，请等它结束。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="199"/>
        <source>The virtual camera is off in Settings; choose “when there is one” first.</source>
        <translation>设置里的虚拟摄像头是“关闭”，请先选“有就用”。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="201"/>
        <source>Testing the virtual camera</source>
        <translation>正在测试虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="206"/>
        <source>The sound output is off in Settings; choose “when there is one” first.</source>
        <translation>设置里的声音输出是“关闭”，请先选“有就用”。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="208"/>
        <source>Testing the sound output</source>
        <translation>正在测试声音输出</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="215"/>
        <source>Choose your platform and paste the stream key first.</source>
        <translation>请先选择直播平台并粘贴推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="218"/>
        <source>Testing the RTMP stream</source>
        <translation>正在测试 RTMP 推流</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="223"/>
        <source>Choose a file to record to first (Browse…).</source>
        <translation>请先选择录制文件（点“浏览…”）。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="224"/>
        <source>Testing the recording</source>
        <translation>正在测试录制</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="234"/>
        <source>The virtual camera works: “{0}” showed a test pattern for 2 seconds; choose it as the camera in your streaming tool.</source>
        <translation>虚拟摄像头可以用：“{0}”显示了 2 秒测试画面；请在直播软件里把它选为摄像头。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="239"/>
        <source>A short tone was played on “{0}”: you hear it on speakers, or see it move the sound meter of your streaming tool when that output is a virtual cable.</source>
        <translation>已在“{0}”上播放了一小段提示音：如果是扬声器，您会听到；如果是虚拟声卡，直播软件的音量条会跳动。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="243"/>
        <source>Connected to {0} and sent 2 seconds of a test pattern; the platform&apos;s preview may show it.</source>
        <translation>已连接到 {0} 并推送了 2 秒测试画面；平台的预览里可能会看到它。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="247"/>
        <source>Recording works: a 1-second test file was written in {0} and deleted again.</source>
        <translation>录制可以用：已在 {0} 写入一个 1 秒的测试文件，随后已删除。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="259"/>
        <source>No virtual camera answered on this computer; do the set-up steps for your system, then test again.</source>
        <translation>这台电脑上没有虚拟摄像头响应；请按你系统的设置步骤操作，然后再测试一次。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="262"/>
        <source>The sound output could not play ({0}); do the set-up steps for your system, then test again.</source>
        <translation>声音输出无法播放（{0}）；请按你系统的设置步骤操作，然后再测试一次。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="268"/>
        <source>Could not stream to {0} ({1}); check the server address and the stream key in your platform&apos;s console.</source>
        <translation>无法推流到 {0}（{1}）；请在直播平台的后台核对服务器地址和推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="270"/>
        <source>Cannot record to {0} ({1}).</source>
        <translation>无法录制到 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../output_tests.py" line="274"/>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <location filename="../presenter_panel.py" line="97"/>
        <source>No sound: {0}</source>
        <translation>没有声音：{0}</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="107"/>
        <source>Import photo or video…</source>
        <translation>导入照片或视频…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="108"/>
        <source>Use the shipped presenter</source>
        <translation>使用内置主播</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="115"/>
        <source>Face</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="126"/>
        <source>female, clear (the default)</source>
        <translation>女声，清晰（默认）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="127"/>
        <source>female, clear</source>
        <translation>女声，清晰</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="128"/>
        <source>male</source>
        <translation>男声</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="129"/>
        <source>female, bright</source>
        <translation>女声，明亮</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="130"/>
        <source>female, warm</source>
        <translation>女声，温暖</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="131"/>
        <source>female, calm</source>
        <translation>女声，沉稳</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="478"/>
        <source>cloned from a recording (OpenVoice V2, commercial use allowed)</source>
        <translation>用录音克隆（OpenVoice V2，可商用）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="480"/>
        <source>cloned from a recording (XTTS-v2, not for commercial use)</source>
        <translation>由录音克隆（XTTS-v2，不可商用）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="155"/>
        <source> semitones</source>
        <translation> 半音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="158"/>
        <source>Clone a voice…</source>
        <translation>克隆声音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="161"/>
        <source>Make a voice from a recording of someone speaking (with their consent)</source>
        <translation>用某人说话的录音做一个声音（需本人同意）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="162"/>
        <source>Remove clone</source>
        <translation>删除克隆</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="177"/>
        <source>Hear it</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="178"/>
        <source>Watch the face say it</source>
        <translation>看口型预览</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="179"/>
        <source>Save as WAV…</source>
        <translation>另存为 WAV…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="182"/>
        <source>Save the test sentence in this voice as a WAV file, to hear it on another device</source>
        <translation>把这个声音说的测试句存成 WAV 文件，可以在别的设备上听</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="191"/>
        <location filename="../presenter_panel.py" line="193"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="196"/>
        <source>Speaking rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="197"/>
        <source>Pitch</source>
        <translation>音调</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="198"/>
        <source>Test sentence</source>
        <translation>试听句子</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="228"/>
        <source>the shipped presenter</source>
        <translation>内置主播</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="228"/>
        <location filename="../presenter_panel.py" line="284"/>
        <source>Presenter: {0} ({1})</source>
        <translation>主播：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="239"/>
        <source>Following the face through the video…</source>
        <translation>正在逐帧跟踪视频中的人脸…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="240"/>
        <source>Finding where the video can loop unseen…</source>
        <translation>正在寻找视频可以无缝循环的位置…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="241"/>
        <source>Closing the mouth at rest and saving…</source>
        <translation>正在让静止时的嘴唇闭合并保存…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="245"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="261"/>
        <source>Finding the face in {0}…</source>
        <translation>正在 {0} 中查找人脸…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="263"/>
        <source>Saving the presenter…</source>
        <translation>正在保存主播形象…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="271"/>
        <source>Building the presenter</source>
        <translation>正在生成主播形象</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="275"/>
        <source>Cancelled; the presenter is unchanged.</source>
        <translation>已取消，主播形象未改变。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="288"/>
        <source>The face was found; check the drawn landmarks. It goes on air at the next Go Live.</source>
        <translation>已找到人脸，请检查标出的特征点。下次开播时生效。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="327"/>
        <source>Choose a photo of one face, or a video of the presenter</source>
        <translation>选择一张单人正脸照片，或一段主播视频</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="329"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.m4v *.webm)</source>
        <translation>照片和视频 (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.m4v *.webm)</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="359"/>
        <source>Opening the voice…</source>
        <translation>正在加载声音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="361"/>
        <source>Speaking…</source>
        <translation>正在合成语音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="370"/>
        <source>This computer has no sound output to play on; set one up in Settings → Camera, sound and recording (How to set this up).</source>
        <translation>这台电脑没有可以播放的声音输出；请在 设置 → 摄像头、声音和录制 里设置一个（“如何设置”）。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="377"/>
        <source>Save as WAV… keeps the sentence to hear elsewhere.</source>
        <translation>用“另存为 WAV…”可以把这句话存下来到别处听。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="382"/>
        <source>Trying the voice</source>
        <translation>试听声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="393"/>
        <source>Saving {0}…</source>
        <translation>正在保存 {0}…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="399"/>
        <source>Saving the test sentence</source>
        <translation>正在保存测试句</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="403"/>
        <source>Saved to {0} ({1} s).</source>
        <translation>已保存到 {0}（{1} 秒）。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="411"/>
        <source>Save the test sentence as</source>
        <translation>测试句另存为</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="425"/>
        <source>There is no face to animate: import a photo first.</source>
        <translation>没有可驱动的人脸：请先导入照片。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="435"/>
        <source>Animating the face…</source>
        <translation>正在生成口型动画…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="439"/>
        <source>Making the talking preview</source>
        <translation>正在生成说话预览</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="442"/>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="464"/>
        <source>Speaking ({0} s).</source>
        <translation>正在播放（{0} 秒）。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="485"/>
        <source>Delete the chosen cloned voice</source>
        <translation>删除选中的克隆声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="487"/>
        <location filename="../presenter_panel.py" line="613"/>
        <source>Only a cloned voice can be removed; choose one in the list first.</source>
        <translation>只能删除克隆的声音；请先在列表里选一个。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="521"/>
        <source>Reading the recording…</source>
        <translation>正在读取录音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="522"/>
        <source>Loading OpenVoice…</source>
        <translation>正在加载 OpenVoice…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="523"/>
        <source>Loading XTTS…</source>
        <translation>正在加载 XTTS…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="524"/>
        <source>Listening to the voice…</source>
        <translation>正在分析这个声音…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="525"/>
        <source>Learning the base voice&apos;s own tone colour…</source>
        <translation>正在学习底声本身的音色…</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="549"/>
        <source>Cloning the voice</source>
        <translation>正在克隆声音</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="566"/>
        <source>Cancelled; no voice was saved.</source>
        <translation>已取消，没有保存声音。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="595"/>
        <source>Saved {0} from {1} s of speech (loudness {2} dBFS, {3} dB above the background) and chose it. OpenVoice V2 has the MIT licence: a shop&apos;s stream may use this voice.</source>
        <translation>已用 {1} 秒说话声保存 {0} 并选用（响度 {2} dBFS，比背景高 {3} dB）。OpenVoice V2 是 MIT 许可：店铺直播可以使用这个声音。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="601"/>
        <source>Saved {0} from {1} s of speech (loudness {2} dBFS, {3} dB above the background) and chose it. XTTS-v2&apos;s licence (CPML) does not allow commercial use: a shop&apos;s stream may not use this voice without a commercial licence for the model.</source>
        <translation>已用 {1} 秒说话声保存 {0} 并选用（响度 {2} dBFS，比背景高 {3} dB）。XTTS-v2 的许可（CPML）不允许商用：没有该模型的商业授权，店铺直播不能使用这个声音。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="619"/>
        <source>Remove the voice?</source>
        <translation>删除这个声音？</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="623"/>
        <source>Remove the cloned voice {0}? Its saved copy is deleted; the recording it was made from stays where it is.</source>
        <translation>删除克隆声音 {0}？保存的副本会被删除；原来的录音文件保留不动。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="624"/>
        <source>Remove it</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="625"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="639"/>
        <source>Removed the voice {0}; the presenter now speaks as {1}.</source>
        <translation>已删除声音 {0}；主播现在用 {1} 说话。</translation>
    </message>
    <message>
        <location filename="../presenter_panel.py" line="643"/>
        <source>{0} was no longer saved; it is gone from the list.</source>
        <translation>{0} 已经不在了；已从列表中移除。</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../product_details.py" line="59"/>
        <source>Add picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="60"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="68"/>
        <source>The first picture is shown on the product card.</source>
        <translation>第一张图片会显示在商品卡片上。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="70"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="74"/>
        <source>Options</source>
        <translation>规格选项</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="75"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="76"/>
        <source>Original price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="77"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="78"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="82"/>
        <source>Add variant</source>
        <translation>添加规格</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="82"/>
        <source>Remove variant</source>
        <translation>删除规格</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="90"/>
        <source>One row per colour, size… (options such as colour: white; size: M); the product&apos;s price and stock come from its variants.</source>
        <translation>每个颜色、尺码……一行（选项写成 颜色:白色; 尺码:M）；商品的价格和库存来自各规格。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="92"/>
        <source>Variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="95"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="96"/>
        <source>Deal price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="97"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="98"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="102"/>
        <source>Add promotion</source>
        <translation>添加促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="102"/>
        <source>Remove promotion</source>
        <translation>删除促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="105"/>
        <source>Dates such as 2026-11-30 20:00; empty: no limit.</source>
        <translation>日期格式如 2026-11-30 20:00；留空表示不限。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="106"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="108"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="108"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="110"/>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="110"/>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="113"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="142"/>
        <source>{0} cannot be opened</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="152"/>
        <source>{0} is not a picture that can be opened; use a JPEG or PNG file.</source>
        <translation>{0} 不是可打开的图片，请使用 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="168"/>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="169"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="181"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="184"/>
        <source>new</source>
        <translation>新款</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="229"/>
        <source>options are “name: value” pairs separated by ;, e.g. colour: white; size: M</source>
        <translation>选项写成“名称:值”，用 ; 分隔，例如 颜色:白色; 尺码:M</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="220"/>
        <source>another variant has these options already; each row needs its own</source>
        <translation>另一个规格已经是这些选项了；每一行的选项都要不同</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="237"/>
        <source>a variant needs its price, e.g. 89 or ¥89.00</source>
        <translation>规格需要价格，例如 89 或 ¥89.00</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="240"/>
        <source>a price must be more than 0</source>
        <translation>价格必须大于 0</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="245"/>
        <source>an original price cannot be below the price; leave it empty when there is none</source>
        <translation>原价不能低于价格；没有原价就留空</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="252"/>
        <source>New promotion</source>
        <translation>新促销</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="257"/>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="257"/>
        <source>Its answer</source>
        <translation>回答内容</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="280"/>
        <source>a promotion needs its words, e.g. 前100名送杯套</source>
        <translation>促销需要文字，例如：前100名送杯套</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="285"/>
        <source>a date: {0}</source>
        <translation>日期有误：{0}</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="287"/>
        <source>a promotion must end after it starts</source>
        <translation>促销的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="290"/>
        <source>a deal price must be more than 0</source>
        <translation>活动价必须大于 0</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="299"/>
        <source>a question needs its words and its answer</source>
        <translation>问题和回答都不能为空</translation>
    </message>
    <message>
        <location filename="../product_details.py" line="315"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../work.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../work.py" line="127"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../schedule_panel.py" line="57"/>
        <source>the whole pitch</source>
        <translation>完整讲解</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="57"/>
        <location filename="../schedule_panel.py" line="61"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="62"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="70"/>
        <source>Hero product (comes back often)</source>
        <translation>主推商品（反复回讲）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="71"/>
        <source>The hero returns after every … products</source>
        <translation>主推商品每隔几个商品回讲一次</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="72"/>
        <source>Time per product</source>
        <translation>每个商品的时长</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="73"/>
        <source>Quiet pause between products</source>
        <translation>商品之间的停顿</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="74"/>
        <source>A word to the viewers every … products</source>
        <translation>每隔几个商品和观众互动一次</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="77"/>
        <source>Product (in show order)</source>
        <translation>商品（按讲解顺序）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="78"/>
        <source>Airtime weight (0: off the show)</source>
        <translation>讲解权重（0：不讲）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="79"/>
        <source>Share of airtime</source>
        <translation>时长占比</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="80"/>
        <source>About (s) per presentation</source>
        <translation>每次讲解约（秒）</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="84"/>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="84"/>
        <source>Later</source>
        <translation>延后</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="97"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="98"/>
        <source>Timed promotion</source>
        <translation>限时促销</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="99"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="100"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="101"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="111"/>
        <source>Timed promotions (edit them on the Catalog screen):</source>
        <translation>限时促销（在“商品”页编辑）：</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="134"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="160"/>
        <source>hero: after every {0}</source>
        <translation>主推：每隔 {0} 个</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="176"/>
        <source>One pass over the catalog takes about {0} min.</source>
        <translation>讲完一轮商品约需 {0} 分钟。</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="206"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="208"/>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="210"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../schedule_panel.py" line="248"/>
        <source>{0}: the airtime weight is a number, 0 or more (2: twice as often).</source>
        <translation>{0}：讲解权重须为 0 或以上的数字（2 表示讲两倍次数）。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../script_panel.py" line="168"/>
        <location filename="../script_panel.py" line="261"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="169"/>
        <source>Other wording</source>
        <translation>换个说法</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="170"/>
        <source>Play line</source>
        <translation>试听这句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="171"/>
        <source>Save script…</source>
        <translation>保存话术…</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="172"/>
        <source>Use on air</source>
        <translation>用于直播</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="173"/>
        <source>The show presents these products with these lines</source>
        <translation>直播将用这些话术讲解这些商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="174"/>
        <source>Back to written</source>
        <translation>恢复自动话术</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="175"/>
        <source>The show writes these products&apos; lines afresh again</source>
        <translation>直播将重新为这些商品自动撰写话术</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="183"/>
        <source>Save line as WAV…</source>
        <translation>把这句存为 WAV…</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="184"/>
        <source>Save the selected line, in the show&apos;s voice, as a WAV file</source>
        <translation>用直播的声音把选中的这句存成 WAV 文件</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="188"/>
        <location filename="../script_panel.py" line="201"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="202"/>
        <source>Part</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="203"/>
        <source>Line (editable)</source>
        <translation>台词（可修改）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="204"/>
        <source>Advertising law</source>
        <translation>广告法检查</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="239"/>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="261"/>
        <source>Generate all</source>
        <translation>全部生成</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="268"/>
        <source>Choose a product and press Generate (or Generate all).</source>
        <translation>选择一个商品，然后点“生成”（或“全部生成”）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="269"/>
        <source>On air with your own lines: {0} (choose one to see them).</source>
        <translation>直播时用你自己台词的商品：{0}（选择一个即可查看）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="285"/>
        <source>On air: your lines for {0} (marked “On air: your lines”). Edit them and press Use on air again, or Back to written to let the show write them afresh.</source>
        <translation>直播时 {0} 用你写的台词（标为“直播用：你的台词”）。可以修改后再点“用于直播”，或点“恢复自动话术”让系统重新写。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="325"/>
        <source>{0} is on air with your own lines: these are the words the show says.</source>
        <translation>{0} 直播时用你自己的台词：直播说的就是这些话。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="338"/>
        <source>There is no catalog to write about: import one first.</source>
        <translation>没有商品表可写：请先导入。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="354"/>
        <source>{0} lines written; the law filter rewrote {1}.</source>
        <translation>写好 {0} 句；广告法过滤改写了 {1} 处。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="387"/>
        <source>opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="388"/>
        <source>introduction</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="389"/>
        <source>selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="390"/>
        <source>specs</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="391"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="392"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="393"/>
        <source>call to action</source>
        <translation>引导下单</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="394"/>
        <source>transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="438"/>
        <source>(the whole line would be dropped)</source>
        <translation>（整句会被删掉）</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="438"/>
        <source>Forbidden words ({0}). Say instead: {1}</source>
        <translation>违禁词（{0}）。建议改为：{1}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="441"/>
        <source>Say instead: {0}</source>
        <translation>建议改为：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="444"/>
        <source>On air: your lines</source>
        <translation>直播用：你的台词</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="446"/>
        <source>OK</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="473"/>
        <source>This computer has no sound output to play on; set one up in Settings → Camera, sound and recording (How to set this up).</source>
        <translation>这台电脑没有可以播放的声音输出；请在 设置 → 摄像头、声音和录制 里设置一个（“如何设置”）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="487"/>
        <source>Saving the line as {0}…</source>
        <translation>正在把这句存为 {0}…</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="499"/>
        <source>Nothing to play: the law filter drops this whole line.</source>
        <translation>没有可试听的内容：整句会被广告法过滤删掉。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="584"/>
        <source>The show will present 1 product with these lines</source>
        <translation>直播将用这些台词介绍 1 个商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="585"/>
        <source>The show will present {0} products with these lines</source>
        <translation>直播将用这些台词介绍 {0} 个商品</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="588"/>
        <source>{0}, as the table shows them.</source>
        <translation>{0}，与表格中显示的一致。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="589"/>
        <source>none</source>
        <translation>0 句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="590"/>
        <source>1 line</source>
        <translation>1 句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="590"/>
        <location filename="../script_panel.py" line="591"/>
        <source>{0} lines</source>
        <translation>{0} 句</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="594"/>
        <source>{0}, as the table now shows them: the law filter reworded {1} and left out {2}.</source>
        <translation>{0}，以表格现在显示的为准：合规过滤改写了 {1}，删去了 {2}。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="606"/>
        <source>The show writes the lines of {0} afresh again.</source>
        <translation>{0} 的台词改回由系统自动撰写。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="608"/>
        <source>The show writes the lines of {0} products afresh again.</source>
        <translation>{0} 个商品的台词改回由系统自动撰写。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="478"/>
        <source>Speaking: {0}</source>
        <translation>正在朗读：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="529"/>
        <source>Could not save the line: {0}</source>
        <translation>无法保存这句：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="533"/>
        <source>Saved the line to {0} ({1} s).</source>
        <translation>已把这句保存到 {0}（{1} 秒）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="536"/>
        <source>Could not play the line: {0}</source>
        <translation>无法播放：{0}</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="538"/>
        <source>Played ({0} s).</source>
        <translation>已播放（{0} 秒）。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="541"/>
        <source>Save the line as</source>
        <translation>这句另存为</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="551"/>
        <source>Generate a script first.</source>
        <translation>请先生成话术。</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="619"/>
        <source>Save the script</source>
        <translation>保存话术</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="88"/>
        <source>when there is one</source>
        <translation>有就用</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="89"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="93"/>
        <source>{0} (not found now)</source>
        <translation>{0}（现在未找到）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="114"/>
        <source>Approve chat answers before they are spoken</source>
        <translation>评论回答先审核再播出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="135"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="136"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>保存设置 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="154"/>
        <source>App language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="155"/>
        <source>Show language</source>
        <translation>直播语言</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="156"/>
        <source>Chat source</source>
        <translation>评论来源</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="182"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="184"/>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="162"/>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="96"/>
        <source>The default folder in the data folder</source>
        <translation>数据文件夹里的默认文件夹</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="98"/>
        <source>No recording; e.g. show.mp4</source>
        <translation>不录制；例如 show.mp4</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="104"/>
        <source>None; e.g. http://localhost:11434/v1</source>
        <translation>不使用；例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="108"/>
        <source>Kept in the system keyring; empty: unchanged</source>
        <translation>保存在系统钥匙串里；留空则不变</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="119"/>
        <source>top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="120"/>
        <source>top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="121"/>
        <source>bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="122"/>
        <source>bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="123"/>
        <source>off (not recommended)</source>
        <translation>关闭（不建议）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="132"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="133"/>
        <source>at the start only</source>
        <translation>只在开场说</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="161"/>
        <source>Browser bridge token</source>
        <translation>浏览器评论桥口令</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="163"/>
        <source>LLM endpoint (rewords answers)</source>
        <translation>大模型接口（润色回答）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="164"/>
        <source>LLM model</source>
        <translation>大模型名称</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="165"/>
        <source>LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="167"/>
        <source>“AI-generated” label on the picture</source>
        <translation>画面上的“AI生成”标识</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="168"/>
        <source>Say it is AI-generated every</source>
        <translation>口播AI生成声明的间隔</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="177"/>
        <source>Each output is optional. Press “How to set this up” for what to install on this computer, and “Test this output” to try it before going live.</source>
        <translation>每个输出都可以不用。点“如何设置”查看这台电脑需要安装什么，点“测试此输出”在开播前试一试。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="183"/>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="190"/>
        <source>Show</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="191"/>
        <source>Camera, sound and recording</source>
        <translation>摄像头、声音和录制</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="192"/>
        <source>Stream (RTMP)</source>
        <translation>推流（RTMP）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="221"/>
        <source>The bridge token is copied; paste it into the browser bridge.</source>
        <translation>口令已复制；请粘贴到浏览器评论桥里。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="226"/>
        <source>Make a new bridge token?</source>
        <translation>要换一个新的评论桥口令吗？</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="227"/>
        <source>Browser bridges with the old token stop handing in chat until you paste the new one.</source>
        <translation>用旧口令的浏览器评论桥会停止传评论，直到你粘贴新口令。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="228"/>
        <source>Make a new token</source>
        <translation>换新口令</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="229"/>
        <source>Keep this one</source>
        <translation>保留现在的</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="237"/>
        <source>A new bridge token is made; paste it into the browser bridge.</source>
        <translation>新口令已生成；请粘贴到浏览器评论桥里。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="245"/>
        <source>Switch the AI label off?</source>
        <translation>关闭AI生成标识？</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="250"/>
        <source>China&apos;s rules on AI-generated content (in force since 1 September 2025) ask for a visible label on a digital-human stream, and platforms check for it. Without it the room may be limited or closed. Switch it off anyway?</source>
        <translation>《人工智能生成合成内容标识办法》（2025年9月1日起施行）要求数字人直播在画面上有明显标识，平台也会检查。没有标识，直播间可能被限流或关闭。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="251"/>
        <source>Switch it off</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="252"/>
        <source>Keep the label</source>
        <translation>保留标识</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="259"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="272"/>
        <source>Test this output</source>
        <translation>测试此输出</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="274"/>
        <source>How to set this up</source>
        <translation>如何设置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="448"/>
        <source>Kept; paste a new key to change it</source>
        <translation>已保存；粘贴新的密钥即可更换</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="450"/>
        <source>Paste the stream key here</source>
        <translation>在这里粘贴推流密钥</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="283"/>
        <source>Record the show to</source>
        <translation>把直播录制到</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>No chat; e.g. bridge:8765 (the browser bridge for Douyin, Kuaishou, Taobao, WeChat), youtube:VIDEO_ID, twitch:#channel, bilibili:ROOMID, replay:comments.jsonl</source>
        <translation>不接评论；例如 bridge:8765（抖音、快手、淘宝、视频号的浏览器评论桥）、youtube:视频ID、twitch:#频道、bilibili:房间号、replay:comments.jsonl</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="78"/>
        <source>vhost&apos;s browser bridge (and any bot) hands in chat with --chat bridge:PORT only with this token; paste it into the bridge&apos;s “Set token” menu. No web page can send chat without it.</source>
        <translation>vhost 的浏览器评论桥（以及任何机器人）通过 --chat bridge:端口 传评论时必须带上这个口令；请把它粘贴到评论桥的“设置口令”菜单里。没有口令，任何网页都传不进评论。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="79"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="81"/>
        <source>New token</source>
        <translation>换新口令</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="288"/>
        <source>Where model files are kept</source>
        <translation>模型文件存放位置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="325"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="388"/>
        <location filename="../settings_panel.py" line="400"/>
        <source>the RTMP URL</source>
        <translation>RTMP 推流地址</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="399"/>
        <source>This computer has no system keyring, so the RTMP URL is not kept yet: choose on the Stream page whether to keep it for this session only or in a private file.</source>
        <translation>这台电脑没有系统密钥环，所以 RTMP 推流地址还没有保存：请在“推流（RTMP）”页选择只在本次使用期间保留，还是保存到私密文件。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="412"/>
        <source>This computer has no system keyring, so the LLM API key was not kept; set VHOST_LLM_KEY before starting vhost instead.</source>
        <translation>这台电脑没有系统密钥环，所以大模型密钥没有保存；可以改为在启动 vhost 前设置 VHOST_LLM_KEY。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="413"/>
        <source>the LLM API key</source>
        <translation>大模型密钥</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="416"/>
        <source>The LLM API key is kept in the system keyring.</source>
        <translation>大模型密钥已保存在系统密钥环里。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="422"/>
        <source>Not kept: {0} (see the Settings screen). The other settings are kept.</source>
        <translation>未保存：{0}（见设置页）。其他设置已保存。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="423"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="426"/>
        <source>Settings saved; they apply the next time you go live.</source>
        <translation>设置已保存，下次开播时生效。</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <location filename="../output_setup.py" line="46"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="59"/>
        <source>Test this output</source>
        <translation>测试此输出</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="63"/>
        <source>Test it from Settings with “Test this output”.</source>
        <translation>可以在“设置”里用“测试此输出”来测试。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="87"/>
        <source>Copied. Paste it in a terminal with Ctrl+Shift+V.</source>
        <translation>已复制。在终端里按 Ctrl+Shift+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../output_setup.py" line="92"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>SetupTexts</name>
    <message>
        <location filename="../output_guides.py" line="55"/>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="56"/>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="57"/>
        <source>RTMP stream</source>
        <translation>RTMP 推流</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="58"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="75"/>
        <source>How to set up the virtual camera</source>
        <translation>如何设置虚拟摄像头</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="79"/>
        <source>In your streaming tool (直播伴侣, OBS or a meeting app), choose the virtual camera as the camera while the show is live.</source>
        <translation>开播时，在直播软件（直播伴侣、OBS 或会议软件）里把这个虚拟摄像头选为摄像头。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="85"/>
        <source>Windows has no virtual camera of its own; the free OBS Studio brings one, the OBS Virtual Camera, which vhost shows the presenter on.</source>
        <translation>Windows 自身没有虚拟摄像头；免费的 OBS Studio 自带一个“OBS Virtual Camera”，vhost 会把主播画面送到它上面。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="87"/>
        <source>1. Download OBS Studio from obsproject.com and install it.</source>
        <translation>1. 从 obsproject.com 下载并安装 OBS Studio。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="91"/>
        <source>2. If vhost does not find the camera after that, open OBS once, click “Start Virtual Camera”, then “Stop Virtual Camera”, and close OBS.</source>
        <translation>2. 如果装好后 vhost 仍找不到摄像头，请打开一次 OBS，点“启动虚拟摄像机”（Start Virtual Camera），再点“停止虚拟摄像机”，然后关闭 OBS。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="95"/>
        <source>3. In Settings, choose “when there is one” or “OBS Virtual Camera” as the virtual camera and press “Test this output”.</source>
        <translation>3. 在“设置”里把虚拟摄像头选为“有就用”或“OBS Virtual Camera”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="96"/>
        <location filename="../output_guides.py" line="114"/>
        <source>4. {0} It is called “OBS Virtual Camera”.</source>
        <translation>4. {0}它的名字是“OBS Virtual Camera”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="105"/>
        <source>macOS needs the free OBS Studio (version 30 or later), which brings the OBS Virtual Camera that vhost shows the presenter on.</source>
        <translation>macOS 需要安装免费的 OBS Studio（30 或更新版本），它自带“OBS Virtual Camera”，vhost 会把主播画面送到它上面。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="107"/>
        <source>1. Download OBS Studio from obsproject.com and move it to Applications.</source>
        <translation>1. 从 obsproject.com 下载 OBS Studio，并把它拖进“应用程序”文件夹。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="112"/>
        <source>2. Open OBS and click “Start Virtual Camera” once; when macOS asks, allow the OBS camera extension in System Settings. Then click “Stop Virtual Camera” and quit OBS.</source>
        <translation>2. 打开 OBS，点一次“启动虚拟摄像机”（Start Virtual Camera）；macOS 询问时，在“系统设置”里允许 OBS 的摄像头扩展。然后点“停止虚拟摄像机”并退出 OBS。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="113"/>
        <location filename="../output_guides.py" line="136"/>
        <source>3. In Settings, press “Test this output” next to the virtual camera.</source>
        <translation>3. 在“设置”里，点虚拟摄像头旁边的“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="122"/>
        <source>On Linux a virtual camera comes from v4l2loopback, a small system module that someone with administrator rights installs once.</source>
        <translation>在 Linux 上，虚拟摄像头由 v4l2loopback 提供，这是一个小的系统模块，需要有管理员权限的人安装一次。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="127"/>
        <source>1. Install the package “v4l2loopback-dkms” from your software centre or package manager (that is its name on Ubuntu and Debian).</source>
        <translation>1. 在“软件中心”或软件包管理器里安装“v4l2loopback-dkms”（在 Ubuntu 和 Debian 上叫这个名字）。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="133"/>
        <source>2. Then turn it on: open a terminal, paste this one command and press Enter; it asks for your password. It lasts until the computer restarts, so do it again after a restart.</source>
        <translation>2. 然后启用它：打开终端，粘贴下面这一条命令并按回车，它会要求输入您的密码。效果会保持到电脑重启，重启后需要再执行一次。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="137"/>
        <source>4. {0} It is called “vhost”.</source>
        <translation>4. {0}它的名字是“vhost”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="143"/>
        <source>How to set up the sound</source>
        <translation>如何设置声音</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="149"/>
        <source>For your streaming tool to hear the presenter, install VB-CABLE, a free virtual audio cable: what vhost plays into “CABLE Input” comes out of “CABLE Output”.</source>
        <translation>要让直播软件听到主播的声音，请安装免费的虚拟声卡 VB-CABLE：vhost 播放到“CABLE Input”的声音，会从“CABLE Output”出来。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="155"/>
        <source>1. Download VB-CABLE from vb-audio.com/Cable and unzip it; right-click “VBCABLE_Setup_x64”, choose “Run as administrator”, then “Install Driver”, and restart the computer.</source>
        <translation>1. 从 vb-audio.com/Cable 下载 VB-CABLE 并解压；右键点“VBCABLE_Setup_x64”，选“以管理员身份运行”，再点“Install Driver”，然后重启电脑。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="159"/>
        <source>2. In Settings, choose “CABLE Input” as the sound output and press “Test this output”.</source>
        <translation>2. 在“设置”里把声音输出选为“CABLE Input”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="160"/>
        <source>3. In your streaming tool, choose “CABLE Output” as the microphone.</source>
        <translation>3. 在直播软件里把麦克风选为“CABLE Output”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="169"/>
        <source>For your streaming tool to hear the presenter, install BlackHole, a free virtual audio cable.</source>
        <translation>要让直播软件听到主播的声音，请安装免费的虚拟声卡 BlackHole。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="171"/>
        <source>1. Download “BlackHole 2ch” from existential.audio/blackhole and install it.</source>
        <translation>1. 从 existential.audio/blackhole 下载并安装“BlackHole 2ch”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="175"/>
        <source>2. In Settings, choose “BlackHole 2ch” as the sound output and press “Test this output”.</source>
        <translation>2. 在“设置”里把声音输出选为“BlackHole 2ch”，然后点“测试此输出”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="180"/>
        <source>3. In your streaming tool, choose “BlackHole 2ch” as the microphone. To hear the presenter yourself too, make a Multi-Output Device of your speakers and BlackHole in Audio MIDI Setup.</source>
        <translation>3. 在直播软件里把麦克风选为“BlackHole 2ch”。如果您自己也想听到主播，请在“音频 MIDI 设置”里用扬声器和 BlackHole 建一个“多输出设备”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="188"/>
        <source>On Linux, PulseAudio and PipeWire can make a virtual cable called a null sink: vhost plays into it and OBS records what comes out of it.</source>
        <translation>在 Linux 上，PulseAudio 和 PipeWire 可以建一条叫“空输出”（null sink）的虚拟声卡：vhost 把声音播放进去，OBS 录下从里面出来的声音。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="193"/>
        <source>1. Make the cable: open a terminal, paste this one command and press Enter (no password needed). It lasts until you log out.</source>
        <translation>1. 建立虚拟声卡：打开终端，粘贴下面这一条命令并按回车（不需要密码）。效果会保持到您注销为止。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="200"/>
        <source>2. Keep the sound output on “when there is one” in Settings and go live; then open Volume Control (pavucontrol) and, on its Playback tab, send vhost to “vhost”. The system remembers this.</source>
        <translation>2. 在“设置”里把声音输出保持为“有就用”，然后开播；再打开“音量控制”（pavucontrol），在“回放”页把 vhost 的声音切换到“vhost”。系统会记住这个选择。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="201"/>
        <source>3. In OBS, add an Audio Input Capture and choose “Monitor of vhost”.</source>
        <translation>3. 在 OBS 里添加“音频输入采集”，选择“Monitor of vhost”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="207"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="208"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="209"/>
        <source>the system keyring (GNOME Keyring or KWallet)</source>
        <translation>系统密钥环（GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="212"/>
        <source>How to stream to a platform (RTMP)</source>
        <translation>如何推流到直播平台（RTMP）</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="216"/>
        <source>RTMP sends the show straight to a live platform; you need two things from the platform&apos;s streaming settings: the server address and the stream key.</source>
        <translation>RTMP 把节目直接推送到直播平台；您需要从平台的推流设置里拿到两样东西：服务器地址和推流密钥。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="218"/>
        <source>Where to find them:</source>
        <translation>在哪里找到它们：</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="220"/>
        <source>• {0}: {1}</source>
        <translation>• {0}：{1}</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="227"/>
        <source>In Settings → Stream (RTMP), choose your platform (its server address is filled in when it has a fixed one), paste the stream key, press Save, then “Test this output”: it connects and sends 2 seconds of a test pattern.</source>
        <translation>在“设置 → 推流（RTMP）”里选择您的平台（有固定服务器地址的会自动填好），粘贴推流密钥，点“保存”，再点“测试此输出”：它会连接平台并推送 2 秒测试画面。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="232"/>
        <source>The address and key are kept in {0}. If this computer has none, you choose between this session only and a private file. Never show the stream key on screen: anyone who has it can stream on your account.</source>
        <translation>地址和密钥保存在{0}里。如果这台电脑没有，您可以选择只在本次使用期间保留，或保存到私密文件。不要在屏幕上露出推流密钥：任何拿到它的人都能用您的账号直播。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="243"/>
        <source>How to record the show</source>
        <translation>如何录制节目</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="247"/>
        <source>A recording needs only a file: choose where the show is saved as an MP4 video. Nothing needs to be installed.</source>
        <translation>录制只需要一个文件：选择把节目保存为 MP4 视频的位置，不需要安装任何东西。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="252"/>
        <source>1. In Settings, press “Browse…” next to “Record to” and choose a folder (for example {0}) and a name ending in .mp4.</source>
        <translation>1. 在“设置”里点“录制到”旁边的“浏览…”，选一个文件夹（例如 {0}）和一个以 .mp4 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="256"/>
        <source>2. Every show records to that file; when it already exists, the date and time are added to the name, so no recording is ever overwritten.</source>
        <translation>2. 每场节目都录到这个文件；如果文件已存在，会在文件名后加上日期和时间，所以不会覆盖以前的录像。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="260"/>
        <source>3. Press “Test this output”: a 1-second test file is written in that folder and deleted again, which shows the folder can be written.</source>
        <translation>3. 点“测试此输出”：会在那个文件夹里写入一个 1 秒的测试文件再删除，以确认这个文件夹可以写入。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="267"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="268"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="269"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="270"/>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="271"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="272"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="273"/>
        <source>Other (custom)</source>
        <translation>其他（自定义）</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="281"/>
        <source>live.bilibili.com → 我的直播间 → 开播设置: start the broadcast there, then copy the 服务器地址 (server) and the 串流密钥 (stream key).</source>
        <translation>live.bilibili.com → 我的直播间 → 开播设置：在那里点开始直播，然后复制“服务器地址”和“串流密钥”。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="286"/>
        <source>in 抖音直播伴侣 or Douyin&apos;s web console, choose 第三方推流 / OBS推流 (your account may need that permission first) and copy the 推流地址 (server) and 推流密钥 (key); check your platform&apos;s console, as the address differs per account.</source>
        <translation>在抖音直播伴侣或抖音网页版后台选择“第三方推流 / OBS推流”（您的账号可能需要先开通这个权限），复制“推流地址”（服务器）和“推流密钥”；每个账号的地址不同，请以平台后台显示的为准。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="291"/>
        <source>in 快手直播伴侣 or Kuaishou&apos;s web console, choose 第三方推流 / OBS推流 and copy the 推流地址 (server) and 推流密钥 (key); check your platform&apos;s console, as the address differs per account.</source>
        <translation>在快手直播伴侣或快手网页版后台选择“第三方推流 / OBS推流”，复制“推流地址”（服务器）和“推流密钥”；每个账号的地址不同，请以平台后台显示的为准。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="296"/>
        <source>in the 淘宝直播 PC console (中控台), create the live, choose 推流方式 → 第三方推流 / OBS推流 and copy the 推流地址; check your platform&apos;s console. When it gives one whole address, paste all of it into the stream key field.</source>
        <translation>在淘宝直播电脑版中控台创建直播，推流方式选“第三方推流 / OBS推流”，复制“推流地址”，请以平台后台显示的为准。如果给的是一整条地址，就把它整条粘贴到“推流密钥”一栏。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="299"/>
        <source>YouTube Studio → Create → Go live → Stream: copy the Stream URL and the Stream key.</source>
        <translation>YouTube 工作室 → 创建 → 开始直播 → 直播：复制“直播网址”（Stream URL）和“直播密钥”（Stream key）。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="303"/>
        <source>Creator Dashboard → Settings → Stream: copy the Primary Stream key; the server rtmp://live.twitch.tv/app sends you to the nearest Twitch ingest.</source>
        <translation>创作者仪表板 → 设置 → 直播：复制“主要串流密钥”（Primary Stream key）；服务器 rtmp://live.twitch.tv/app 会自动连到离您最近的 Twitch 接收点。</translation>
    </message>
    <message>
        <location filename="../output_guides.py" line="308"/>
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
        <location filename="../stream_page.py" line="303"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="304"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../stream_page.py" line="305"/>
        <source>the system keyring (GNOME Keyring or KWallet)</source>
        <translation>系统密钥环（GNOME Keyring 或 KWallet）</translation>
    </message>
</context>
<context>
    <name>vhost</name>
    <message>
        <location filename="../catalog_panel.py" line="515"/>
        <source>a price must be more than 0</source>
        <translation>价格必须大于 0</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="524"/>
        <source>a product needs a title</source>
        <translation>商品需要标题</translation>
    </message>
    <message>
        <location filename="../catalog_panel.py" line="530"/>
        <source>{field} cannot be edited here</source>
        <translation>{field} 不能在这里编辑</translation>
    </message>
    <message>
        <location filename="../script_panel.py" line="659"/>
        <source>there is no sound output to play on ({reason}); {advice}</source>
        <translation>没有可以播放的声音输出（{reason}）；{advice}</translation>
    </message>
    <message>
        <location filename="../secrets.py" line="119"/>
        <source>This machine has no system keyring to keep the stream key in; unlock or install one (GNOME Keyring or KWallet on Linux), or keep it for this session or in a private file.</source>
        <translation>这台电脑没有可保存推流密钥的系统钥匙串；请解锁或安装一个（Linux 上用 GNOME Keyring 或 KWallet），或者只在本次会话中保存，或保存到私有文件。</translation>
    </message>
    <message>
        <location filename="../session.py" line="80"/>
        <source>The show stopped: {reason}</source>
        <translation>直播已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../session.py" line="97"/>
        <source>The show could not start: {reason}</source>
        <translation>直播无法开始：{reason}</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="41"/>
        <source>The face in {source} is only {width} pixels wide, too small to animate; use a closer or sharper photo where the face is at least {least} pixels wide (the original, not a reduced copy).</source>
        <translation>{source} 里的人脸只有 {width} 像素宽，太小，无法做动画；请换一张离得更近或更清晰的照片，人脸至少 {least} 像素宽（用原图，不要用缩小的副本）。</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="53"/>
        <source>No face was found in {source}; use a well-lit photo that shows one face from the front, eyes open, not covered.</source>
        <translation>在 {source} 里没有找到人脸；请用一张光线充足、只有一张正脸、睁着眼、没有遮挡的照片。</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="64"/>
        <source>the photo was saved sideways or upside down; turned it upright ({degrees}° anticlockwise)</source>
        <translation>照片是横着或倒着保存的；已把它转正（逆时针 {degrees}°）</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="71"/>
        <source>{count} faces were found; using the largest</source>
        <translation>找到 {count} 张人脸；使用最大的一张</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="83"/>
        <source>The face in {source} is only {width} pixels wide; use a closer or larger photo where the face is at least {least} pixels wide.</source>
        <translation>{source} 里的人脸只有 {width} 像素宽；请换一张离得更近或更大的照片，人脸至少 {least} 像素宽。</translation>
    </message>
    <message>
        <location filename="../../avatar/builder.py" line="98"/>
        <source>the photo smiles with its teeth showing: its teeth are used when the mouth opens, but closing such a smile stretches the lips; a photo with the lips closed and relaxed looks most natural at rest</source>
        <translation>照片里是露齿笑：张嘴时会用到这些牙齿，但闭上这样的笑会拉扯嘴唇；双唇自然闭合放松的照片，静止时看起来最自然</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="45"/>
        <source>{path} does not exist; give the path of a photo (JPEG or PNG) of one face.</source>
        <translation>{path} 不存在；请给出一张单人人脸照片（JPEG 或 PNG）的路径。</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="52"/>
        <source>{path} is a folder; give the path of a photo file.</source>
        <translation>{path} 是文件夹；请给出照片文件的路径。</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="65"/>
        <source>turned the photo upright as its EXIF orientation says</source>
        <translation>已按照片 EXIF 里的方向把它转正</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="73"/>
        <source>filled the transparent background with light grey</source>
        <translation>已用浅灰色填充透明背景</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="77"/>
        <source>the photo is greyscale; the presenter will be too</source>
        <translation>照片是黑白的；主播画面也会是黑白的</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="87"/>
        <source>{path} is not a photo vhost can read ({reason}); use a JPEG or PNG.</source>
        <translation>{path} 不是 vhost 能读取的照片（{reason}）；请用 JPEG 或 PNG。</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="99"/>
        <source>{path} is too large to open safely; save a smaller copy (under 16K pixels wide) and try again.</source>
        <translation>{path} 太大，无法安全打开；请另存一份较小的副本（宽度不超过 16K 像素）再试。</translation>
    </message>
    <message>
        <location filename="../../avatar/detect.py" line="110"/>
        <source>{path} is only {width}×{height} pixels; use a photo at least 256 pixels on each side with the face clearly visible.</source>
        <translation>{path} 只有 {width}×{height} 像素；请用每边至少 256 像素、人脸清晰可见的照片。</translation>
    </message>
    <message>
        <location filename="../../avatar/folder.py" line="34"/>
        <source>{path} is a file; give a folder to save the presenter in (it is made if missing).</source>
        <translation>{path} 是一个文件；请给出保存主播的文件夹（不存在会自动创建）。</translation>
    </message>
    <message>
        <location filename="../../avatar/library.py" line="35"/>
        <source>{path} does not exist; give an avatar folder made by `vhost avatar build` or a photo of one face.</source>
        <translation>{path} 不存在；请给出用 `vhost avatar build` 生成的形象文件夹，或一张单人人脸照片。</translation>
    </message>
    <message>
        <location filename="../../avatar/library.py" line="46"/>
        <source>{file} is a video: prepare it once with `vhost avatar build {path} --out DIR` and use the folder DIR as the presenter.</source>
        <translation>{file} 是视频：请先用 `vhost avatar build {path} --out DIR` 处理一次，再把文件夹 DIR 用作主播。</translation>
    </message>
    <message>
        <location filename="../../avatar/library.py" line="61"/>
        <source>built the avatar from {file}; save it with `vhost avatar build {path} --out DIR` to skip this step next time</source>
        <translation>已用 {file} 生成形象；用 `vhost avatar build {path} --out DIR` 保存后，下次可跳过这一步</translation>
    </message>
    <message>
        <location filename="../../avatar/rig.py" line="105"/>
        <source>{folder} holds no avatar.json; build one with `vhost avatar build PHOTO --out {folder}`.</source>
        <translation>{folder} 里没有 avatar.json；请用 `vhost avatar build PHOTO --out {folder}` 生成。</translation>
    </message>
    <message>
        <location filename="../../avatar/rig.py" line="117"/>
        <source>{path} was made by another vhost version; rebuild it with `vhost avatar build`.</source>
        <translation>{path} 是其他版本的 vhost 生成的；请用 `vhost avatar build` 重新生成。</translation>
    </message>
    <message>
        <location filename="../../avatar/rig.py" line="135"/>
        <source>{path} is damaged ({reason}); rebuild it with `vhost avatar build`.</source>
        <translation>{path} 已损坏（{reason}）；请用 `vhost avatar build` 重新生成。</translation>
    </message>
    <message>
        <location filename="../../avatar/rig.py" line="145"/>
        <source>{path} does not match its photo; rebuild it with `vhost avatar build`.</source>
        <translation>{path} 与它的照片对不上；请用 `vhost avatar build` 重新生成。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="48"/>
        <source>turned the clip upright as its rotation metadata says ({degrees}°)</source>
        <translation>已按视频的旋转信息把画面转正（{degrees}°）</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="57"/>
        <source>the clip runs {minutes} minutes; only its first 5 minutes are used</source>
        <translation>视频长 {minutes} 分钟；只使用前 5 分钟</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="132"/>
        <source>the lips are apart in {share} of the clip (talking or a broad smile); vhost closes them, but a clip with the mouth closed and relaxed looks most natural</source>
        <translation>视频中有 {share} 的时间嘴唇是张开的（在说话或大笑）；vhost 会把嘴合上，但嘴巴自然闭合放松的视频看起来最自然</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="144"/>
        <source>the presenter mostly looks past the camera; look straight into it for the best result</source>
        <translation>主播大多没有看镜头；直视镜头效果最好</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="156"/>
        <source>the presenter hardly moves, which can look like a still photo; move a little, naturally</source>
        <translation>主播几乎不动，看起来会像一张静止的照片；请自然地稍微动一动</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="164"/>
        <source>the presenter moves a lot; smaller, calmer movements loop more smoothly</source>
        <translation>主播动作太多；动作小一些、稳一些，循环会更顺滑</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="170"/>
        <source>the face is dark; record facing a window or a lamp</source>
        <translation>脸部太暗；请面向窗户或灯光录制</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="178"/>
        <source>the face is very bright; move away from the light or lower the exposure</source>
        <translation>脸部太亮；请离光源远一些或调低曝光</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="186"/>
        <source>the light on the face changes during the clip; record where the light is steady</source>
        <translation>视频中脸上的光线在变化；请在光线稳定的地方录制</translation>
    </message>
    <message>
        <location filename="../../avatar/video/build.py" line="228"/>
        <source>{file} does not show a real face that vhost can be sure of; record a person facing the camera, the whole face in the picture, in even light.</source>
        <translation>vhost 无法确认 {file} 里有真人的脸；请录制一个人面对镜头、整张脸都在画面内、光线均匀的视频。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/clip.py" line="48"/>
        <source>{path} does not exist; give the path of a video (MP4, MOV or WebM) of the presenter.</source>
        <translation>{path} 不存在；请给出主播视频（MP4、MOV 或 WebM）的路径。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/clip.py" line="55"/>
        <source>{path} is a folder; give the path of a video file.</source>
        <translation>{path} 是文件夹；请给出视频文件的路径。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/clip.py" line="65"/>
        <source>{path} has no picture, only sound; give a video of the presenter.</source>
        <translation>{path} 只有声音没有画面；请给出主播的视频。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/clip.py" line="80"/>
        <source>{path} holds no video frames; record the clip again.</source>
        <translation>{path} 里没有视频画面；请重新录制。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/clip.py" line="91"/>
        <source>{file} is not a video vhost can read; use an MP4, MOV or WebM from a phone or camera.</source>
        <translation>{file} 不是 vhost 能读取的视频；请用手机或相机拍的 MP4、MOV 或 WebM。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/presenter.py" line="31"/>
        <source>rebuild it from the video with `vhost avatar build VIDEO --out {folder}`.</source>
        <translation>请用 `vhost avatar build VIDEO --out {folder}` 从视频重新生成。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/presenter.py" line="112"/>
        <source>{folder} was made by another vhost version; {rebuild}</source>
        <translation>{folder} 是其他版本的 vhost 生成的；{rebuild}</translation>
    </message>
    <message>
        <location filename="../../avatar/video/presenter.py" line="132"/>
        <source>{folder} is a damaged video presenter ({reason}); {rebuild}</source>
        <translation>{folder} 是已损坏的视频主播（{reason}）；{rebuild}</translation>
    </message>
    <message>
        <location filename="../../avatar/video/presenter.py" line="137"/>
        <source>{folder} does not match its clip; {rebuild}</source>
        <translation>{folder} 与它的视频对不上；{rebuild}</translation>
    </message>
    <message>
        <location filename="../../avatar/video/presenter.py" line="140"/>
        <source>{clip} is missing; {rebuild}</source>
        <translation>缺少 {clip}；{rebuild}</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="21"/>
        <source>no face</source>
        <translation>没有人脸</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="22"/>
        <source>someone else in the picture</source>
        <translation>画面里有其他人</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="23"/>
        <source>the face turned away from the camera</source>
        <translation>脸没有朝向镜头</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="24"/>
        <source>the face partly out of the picture</source>
        <translation>脸有一部分在画面外</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="25"/>
        <source>the face too small</source>
        <translation>脸太小</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="48"/>
        <source>only {seconds} s can be used; a clip of 30 s or more loops less visibly</source>
        <translation>只有 {seconds} 秒可用；30 秒以上的视频循环起来更不明显</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="55"/>
        <source>used {start}–{end} of the clip ({seconds} s of {total} s)</source>
        <translation>使用了视频的 {start}–{end}（{total} 秒中的 {seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="65"/>
        <source>left out {seconds} s with {reason}</source>
        <translation>去掉了 {seconds} 秒（{reason}）</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="74"/>
        <source>the shot changes at {times}; only one shot is used</source>
        <translation>镜头在 {times} 处切换；只使用其中一个镜头</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="163"/>
        <source>No face was found in {source}; record at least 10 s of one person facing the camera, the whole face in the picture, in even light.</source>
        <translation>在 {source} 里没有找到人脸；请录制至少 10 秒一个人面对镜头、整张脸在画面内、光线均匀的视频。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="172"/>
        <source>{source} is only {seconds} s long; record 10 seconds to 5 minutes of yourself looking at the camera, mouth closed and relaxed, moving naturally.</source>
        <translation>{source} 只有 {seconds} 秒；请录制 10 秒到 5 分钟看着镜头、嘴巴自然闭合放松、动作自然的视频。</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="180"/>
        <source>{seconds} s show {reason}</source>
        <translation>{seconds} 秒{reason}</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="185"/>
        <source>the shot changes too often</source>
        <translation>镜头切换太频繁</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="187"/>
        <source>no stretch is long enough</source>
        <translation>没有足够长的连续片段</translation>
    </message>
    <message>
        <location filename="../../avatar/video/stretch.py" line="193"/>
        <source>{source} has only {seconds} s that can be used ({why}); record at least 10 s in one shot of one person facing the camera, the whole face in the picture, mouth closed and relaxed.</source>
        <translation>{source} 只有 {seconds} 秒可用（{why}）；请用一个镜头录制至少 10 秒，一个人面对镜头、整张脸在画面内、嘴巴自然闭合放松。</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="9"/>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="10"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="11"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="12"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="13"/>
        <source>shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="14"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="15"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="16"/>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="17"/>
        <source>original_price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="18"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="19"/>
        <source>selling_points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="20"/>
        <source>specs</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="21"/>
        <source>faq</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="22"/>
        <source>promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="23"/>
        <source>promotion_price</source>
        <translation>促销价</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="24"/>
        <source>promotion_start</source>
        <translation>促销开始时间</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="25"/>
        <source>promotion_end</source>
        <translation>促销结束时间</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="26"/>
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="27"/>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="28"/>
        <source>variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="29"/>
        <source>parent</source>
        <translation>所属商品</translation>
    </message>
    <message>
        <location filename="../../catalog/fields.py" line="30"/>
        <source>i18n</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="53"/>
        <source>{file} {place}: {field}: {reason} — row skipped</source>
        <translation>{file} {place}：{field}：{reason}——已跳过该行</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="54"/>
        <source>{file} {place}: {field}: {reason} — field ignored</source>
        <translation>{file} {place}：{field}：{reason}——已忽略该字段</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="55"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="58"/>
        <source>&apos;{value}&apos; is not zh or en; guessed from the title</source>
        <translation>“{value}”不是 zh 或 en；已根据标题判断</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="74"/>
        <source>{where} ({product})</source>
        <translation>{where}（{product}）</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="119"/>
        <source>1 product</source>
        <translation>1 件商品</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="120"/>
        <source>{count} products</source>
        <translation>{count} 件商品</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="123"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="124"/>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="128"/>
        <source>{products} loaded, {rows} skipped.</source>
        <translation>已导入 {products}，跳过 {rows}。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="131"/>
        <source>1 field</source>
        <translation>1 个字段</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="132"/>
        <source>{count} fields</source>
        <translation>{count} 个字段</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="134"/>
        <source>{products} loaded, {rows} skipped, {fields} ignored.</source>
        <translation>已导入 {products}，跳过 {rows}，忽略 {fields}。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="174"/>
        <source>{file} has no usable products ({reasons}); fix the rows listed and try again.</source>
        <translation>{file} 里没有可用的商品（{reasons}）；请修改列出的行后再试。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="184"/>
        <source>{file} has no usable products (it has no rows below the header); fix the rows listed and try again.</source>
        <translation>{file} 里没有可用的商品（表头下面没有数据行）；请补上商品后再试。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="197"/>
        <source>Read as {export}.</source>
        <translation>已按{export}读取。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="206"/>
        <source>column &apos;{column}&apos; is not a catalog column and was ignored (docs/catalog.md lists the names vhost knows).</source>
        <translation>“{column}”列不是商品表的列，已忽略（docs/catalog.md 列出了 vhost 认识的列名）。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="217"/>
        <source>{count} columns are not catalog columns and were ignored: {columns} (docs/catalog.md lists the names vhost knows).</source>
        <translation>{count} 列不是商品目录的列，已忽略：{columns}（vhost 认识的列名见 docs/catalog.md）。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="244"/>
        <source>duplicate id &apos;{id}&apos; (first used in {where})</source>
        <translation>编号“{id}”重复（首次出现在{where}）</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="262"/>
        <source>{count} pictures are web addresses, which the show does not download; to show a product&apos;s picture, save it next to the catalog and put its file name in the images column.</source>
        <translation>{count} 张图片是网址，直播不会下载；要在商品卡上显示图片，请把图片保存在商品目录旁边，并在图片列写上文件名。</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="288"/>
        <source>id {id} “{title}”</source>
        <translation>编号 {id}“{title}”</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="290"/>
        <source>id {id}</source>
        <translation>编号 {id}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="307"/>
        <source>is not an object with named fields</source>
        <translation>不是带字段名的对象</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="325"/>
        <source>no row of the file is the product &apos;{parent}&apos; its variants name; they were imported as a product of their own</source>
        <translation>文件里没有这些规格所属的商品“{parent}”；它们已作为一个单独的商品导入</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="395"/>
        <source>the options {options} are already in {where}</source>
        <translation>选项 {options} 已经在{where}出现过</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="446"/>
        <source>&apos;{value}&apos; is not a currency code such as CNY or USD</source>
        <translation>“{value}”不是 CNY 或 USD 这样的币种代码</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="465"/>
        <location filename="../../catalog/importer.py" line="616"/>
        <source>{original} is below the price {price}; a struck-through price must be higher, so it is not shown</source>
        <translation>{original} 低于售价 {price}；划线价必须更高，所以不显示</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="492"/>
        <source>has no text describing the deal</source>
        <translation>没有描述优惠的文字</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="504"/>
        <source>{end} is not after the start {start}; the promotion is kept without dates</source>
        <translation>{end} 不晚于开始时间 {start}；促销保留，但不带日期</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="518"/>
        <source>{deal} is not below the price {price}; the deal price is not used</source>
        <translation>{deal} 不低于售价 {price}；不使用该促销价</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="542"/>
        <source>&apos;{image}&apos; was not found next to the catalog</source>
        <translation>在商品表旁边找不到“{image}”</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="555"/>
        <source>&apos;{value}&apos; is not zh or en; that translation is ignored</source>
        <translation>“{value}”不是 zh 或 en；已忽略这份翻译</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="590"/>
        <source>has no options (such as 颜色 or 尺码)</source>
        <translation>没有规格选项（如 颜色 或 尺码）</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="651"/>
        <source>{product}, variant {variant}</source>
        <translation>{product}，规格 {variant}</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="28"/>
        <source>{file} is a PDF file, not a product list; use a .json, .csv or .xlsx catalog.</source>
        <translation>{file} 是 PDF 文件，不是商品清单；请用 .json、.csv 或 .xlsx 商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="31"/>
        <source>{file} is an image, not a product list; use a .json, .csv or .xlsx catalog.</source>
        <translation>{file} 是图片，不是商品清单；请用 .json、.csv 或 .xlsx 商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="34"/>
        <source>{file} is a compressed archive, not a product list; use a .json, .csv or .xlsx catalog.</source>
        <translation>{file} 是压缩包，不是商品清单；请用 .json、.csv 或 .xlsx 商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="37"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="38"/>
        <source>sheet &apos;{sheet}&apos; row {row}</source>
        <translation>工作表“{sheet}”第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="68"/>
        <source>{path} does not exist; check the file name and folder.</source>
        <translation>{path} 不存在；请检查文件名和文件夹。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="72"/>
        <source>{path} is a folder; give the catalog file inside it.</source>
        <translation>{path} 是文件夹；请给出里面的商品表文件。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="77"/>
        <source>{file} is empty; export the product list again.</source>
        <translation>{file} 是空的；请重新导出商品清单。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="84"/>
        <source>{file} is {size} MB, more than the {limit} MB vhost reads; split it into smaller files.</source>
        <translation>{file} 有 {size} MB，超过 vhost 能读取的 {limit} MB；请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="93"/>
        <source>{file} cannot be read ({reason}); check its permissions.</source>
        <translation>无法读取 {file}（{reason}）；请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="105"/>
        <source>{file} is an old Excel .xls file; open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>{file} 是旧版 Excel .xls 文件；请用 Excel 或 WPS 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="116"/>
        <source>{file} has the extension {extension}, which vhost does not read; use a .json, .csv or .xlsx catalog.</source>
        <translation>{file} 的扩展名是 {extension}，vhost 不读取这种文件；请用 .json、.csv 或 .xlsx 商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="133"/>
        <source>{file} has the extension {extension} but holds {kind}; it was read as such.</source>
        <translation>{file} 的扩展名是 {extension}，内容却是 {kind}；已按 {kind} 读取。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="172"/>
        <source>{file} is not a text file; use a .json, .csv or .xlsx catalog.</source>
        <translation>{file} 不是文本文件；请用 .json、.csv 或 .xlsx 商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="183"/>
        <source>{file} is in a text encoding vhost cannot read; save it as UTF-8 (or GBK) CSV.</source>
        <translation>{file} 的文字编码 vhost 无法读取；请另存为 UTF-8（或 GBK）编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="206"/>
        <source>{file} is not valid JSON (line {line}, column {column}: {reason}); fix it in a text editor or export the catalog again.</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）；请用文本编辑器修改，或重新导出商品表。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="226"/>
        <source>{file} is JSON but not a product catalog: it needs a &quot;products&quot; list (or be a list of products itself).</source>
        <translation>{file} 是 JSON，但不是商品表：它需要一个 &quot;products&quot; 列表（或者本身就是商品列表）。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="233"/>
        <source>{file} is JSON but its product list is not a list; see docs/catalog.md.</source>
        <translation>{file} 是 JSON，但其中的商品清单不是列表；请参阅 docs/catalog.md。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="239"/>
        <source>product #{number}</source>
        <translation>第 {number} 个商品</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="298"/>
        <source>{file} is not a readable CSV file ({reason}); export it again.</source>
        <translation>{file} 不是可读取的 CSV 文件（{reason}）；请重新导出。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="314"/>
        <source>{file} is a damaged Excel workbook ({reason}); open and save it again.</source>
        <translation>{file} 是损坏的 Excel 工作簿（{reason}）；请打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../catalog/readers.py" line="407"/>
        <source>{file} is not a product catalog: no column for the product title was found (expected a heading such as title, name, 商品名称 or 商品名); see docs/catalog.md.</source>
        <translation>{file} 不是商品表：找不到商品标题列（应有 title、name、商品名称或商品名这样的表头）；请参阅 docs/catalog.md。</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="26"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="27"/>
        <source>{value} is not a price</source>
        <translation>{value} 不是有效的价格</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="30"/>
        <source>{value} is negative</source>
        <translation>{value} 是负数</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="143"/>
        <source>{value} is not a number of items</source>
        <translation>{value} 不是件数</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="157"/>
        <source>{value} is not a whole number of items</source>
        <translation>{value} 不是整数件数</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="196"/>
        <source>{value} is not a date (use e.g. 2026-11-30 23:59)</source>
        <translation>{value} 不是日期（请写成 2026-11-30 23:59 这样的格式）</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="284"/>
        <source>{item} is not &apos;name: value&apos;</source>
        <translation>{item} 不是“名称: 值”的格式</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="308"/>
        <source>{item} is not a question and answer pair</source>
        <translation>{item} 不是一组问题和回答</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="311"/>
        <source>an entry has no question or no answer</source>
        <translation>有一条缺少问题或回答</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="319"/>
        <source>write it as &apos;Q: question A: answer&apos; (or 问：…答：…)</source>
        <translation>请写成“问：…答：…”（或 Q: … A: …）</translation>
    </message>
    <message>
        <location filename="../../catalog/values.py" line="324"/>
        <source>{question} has no answer (write &apos;A: ...&apos; after the question)</source>
        <translation>{question} 没有回答（请在问题后面写“答：…”）</translation>
    </message>
    <message>
        <location filename="../../chat/llm.py" line="67"/>
        <source>The LLM endpoint {endpoint} is not an http(s) URL; give e.g. http://localhost:11434/v1.</source>
        <translation>LLM 地址 {endpoint} 不是 http(s) 网址；请填写例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <location filename="../../chat/llm.py" line="192"/>
        <source>This machine has no system keyring to keep the key in; unlock or install one (GNOME Keyring or KWallet on Linux), or set VHOST_LLM_KEY for this session.</source>
        <translation>这台电脑没有可保存密钥的系统钥匙串；请解锁或安装一个（Linux 上用 GNOME Keyring 或 KWallet），或在本次会话中设置 VHOST_LLM_KEY。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/__init__.py" line="23"/>
        <source>replay:FILE[?speed=X] (JSON lines), console (typed on standard input), bridge:PORT (vhost&apos;s browser bridge for Douyin, Kuaishou, Taobao Live and WeChat Channels, or any local bot: HTTP POST and WebSocket on 127.0.0.1 with this install&apos;s token; webhook:PORT is the same), twitch:#CHANNEL, bilibili:ROOMID, tiktok:@USERNAME[?key=KEY] (through EulerStream, a third-party service that relays the viewers&apos; messages) or youtube:VIDEO_ID[?key=KEY] (or the video&apos;s URL, or youtube:chat=LIVECHATID)</source>
        <translation>replay:文件[?speed=X]（JSON 行）、console（在标准输入里打字）、bridge:端口（vhost 的浏览器评论桥，用于抖音、快手、淘宝直播和视频号，或本机的任何机器人：127.0.0.1 上的 HTTP POST 和 WebSocket，需带本机口令；webhook:端口 相同）、twitch:#频道、bilibili:房间号、tiktok:@用户名[?key=密钥]（经由第三方服务 EulerStream 转发观众消息）或 youtube:视频ID[?key=密钥]（或视频链接，或 youtube:chat=直播聊天ID）</translation>
    </message>
    <message>
        <location filename="../../chat/sources/__init__.py" line="41"/>
        <source>speed={speed} in --chat {spec} must be a number above 0 (0.5: half as fast).</source>
        <translation>--chat {spec} 中的 speed={speed} 必须是大于 0 的数（0.5 表示半速）。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/__init__.py" line="65"/>
        <source>{port} is not a port number in --chat {spec}.</source>
        <translation>--chat {spec} 中的 {port} 不是端口号。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/__init__.py" line="87"/>
        <source>Unknown chat source {spec}; use {sources}.</source>
        <translation>未知的评论来源 {spec}；请使用 {sources}。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/bilibili.py" line="115"/>
        <source>{room} is not a Bilibili room id; write bilibili:ROOMID with the number.</source>
        <translation>{room} 不是 Bilibili 房间号；请写成 bilibili:ROOMID，填入数字房间号。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="52"/>
        <source>The chat replay file {path} does not exist; check the path.</source>
        <translation>评论回放文件 {path} 不存在；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="61"/>
        <source>Cannot read the chat replay file {path} ({reason}); save it as UTF-8 text.</source>
        <translation>无法读取评论回放文件 {path}（{reason}）；请另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="71"/>
        <source>{path}, line {number}</source>
        <translation>{path} 第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="79"/>
        <source>{where} is not JSON ({reason}); write one JSON object per line.</source>
        <translation>{where} 不是 JSON（{reason}）；请每行写一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="89"/>
        <source>{where} is not a JSON object; write one {example} object per line.</source>
        <translation>{where} 不是 JSON 对象；请每行写一个 {example} 对象。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="100"/>
        <source>{where} has kind {kind}; use one of {kinds}.</source>
        <translation>{where} 的 kind 是 {kind}；请使用 {kinds} 之一。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="110"/>
        <source>{where} has no &quot;text&quot;; a comment needs the viewer&apos;s words.</source>
        <translation>{where} 没有 &quot;text&quot;；评论需要观众说的话。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/replay.py" line="119"/>
        <source>{where} has &quot;t&quot;: {value}; give seconds as a number.</source>
        <translation>{where} 的 &quot;t&quot; 是 {value}；请用数字表示秒数。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/twitch.py" line="42"/>
        <source>{channel} is not a Twitch channel; write twitch:#channelname.</source>
        <translation>{channel} 不是 Twitch 频道；请写成 twitch:#频道名。</translation>
    </message>
    <message>
        <location filename="../../engine/live.py" line="227"/>
        <source>this show cannot skip between products</source>
        <translation>这场直播不能在商品之间跳转</translation>
    </message>
    <message>
        <location filename="../../engine/live.py" line="237"/>
        <source>there is no product {product} in the show</source>
        <translation>直播中没有商品 {product}</translation>
    </message>
    <message>
        <location filename="../../engine/live.py" line="280"/>
        <source>the first line took too long; starting silent</source>
        <translation>第一句准备得太久；先静音开播</translation>
    </message>
    <message>
        <location filename="../../engine/live.py" line="407"/>
        <source>the voice cannot keep up; the fallback voice says this line without a gap</source>
        <translation>声音合成跟不上；这一句由备用声音来说，不留空白</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="17"/>
        <source>{package} is not installed; reinstall vhost with `bash scripts/setup.sh`.</source>
        <translation>未安装 {package}；请用 `bash scripts/setup.sh` 重新安装 vhost。</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="28"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../models/folder.py" line="75"/>
        <source>The model {model} is not in {folder}; fetch it with `vhost models pull {model}` (its licence is shown first).</source>
        <translation>模型 {model} 不在 {folder} 中；请用 `vhost models pull {model}` 下载（会先显示它的许可协议）。</translation>
    </message>
    <message>
        <location filename="../../models/folder.py" line="188"/>
        <source>The model&apos;s server refused {url} ({reason}){hint}; try again later, or fetch the files yourself and pull with --from DIR.</source>
        <translation>模型服务器拒绝了 {url}（{reason}）{hint}；请稍后再试，或自行下载文件后用 --from DIR 导入。</translation>
    </message>
    <message>
        <location filename="../../models/folder.py" line="195"/>
        <source> (the model may need you to accept its terms on the website first)</source>
        <translation>（可能需要先在网站上同意该模型的条款）</translation>
    </message>
    <message>
        <location filename="../../models/folder.py" line="207"/>
        <source>Cannot reach {url} ({reason}); check the connection and run the same pull again: it resumes where it stopped.</source>
        <translation>无法连接 {url}（{reason}）；请检查网络后再次运行同样的下载命令：会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../models/folder.py" line="239"/>
        <source>The download of {file} broke off ({reason}); run the same pull again: it resumes where it stopped.</source>
        <translation>{file} 下载中断（{reason}）；请再次运行同样的下载命令：会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../models/manifest.py" line="98"/>
        <source>There is no model called {name}; `vhost models list` shows {models}.</source>
        <translation>没有叫 {name} 的模型；`vhost models list` 列出的有：{models}。</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="52"/>
        <source>for OBS, make a virtual cable, a PulseAudio or PipeWire null sink (`pactl load-module module-null-sink sink_name=vhost`), and run `PULSE_SINK=vhost vhost live --audio pulse` (OBS captures the monitor of that sink)</source>
        <translation>要给 OBS 用，请建一条虚拟声卡线，即 PulseAudio 或 PipeWire 的空输出（`pactl load-module module-null-sink sink_name=vhost`），然后运行 `PULSE_SINK=vhost vhost live --audio pulse`（OBS 采集该输出的监听源）</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="58"/>
        <source>install BlackHole (a free virtual audio cable), then choose it: --audio BlackHole</source>
        <translation>安装 BlackHole（免费的虚拟声卡线），然后选择它：--audio BlackHole</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="63"/>
        <source>install VB-CABLE (a free virtual audio cable), then choose it: --audio &quot;CABLE Input&quot;</source>
        <translation>安装 VB-CABLE（免费的虚拟声卡线），然后选择它：--audio &quot;CABLE Input&quot;</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="75"/>
        <source>The sound system cannot be queried ({reason}); {advice}.</source>
        <translation>无法查询声音系统（{reason}）；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="99"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="104"/>
        <source>There is no sound output called {name} (outputs here: {names}); {advice}.</source>
        <translation>没有叫 {name} 的声音输出（这台电脑上有：{names}）；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="256"/>
        <source>The sound output {device} cannot be opened at {rate} Hz ({reason}); {advice}.</source>
        <translation>无法以 {rate} Hz 打开声音输出 {device}（{reason}）；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="282"/>
        <source>The PortAudio library is missing ({reason}); install it (Debian/Ubuntu: sudo apt install libportaudio2) or go live with --audio none.</source>
        <translation>缺少 PortAudio 库（{reason}）；请安装它（Debian/Ubuntu：sudo apt install libportaudio2），或用 --audio none 开播。</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="354"/>
        <source>the sound output took the tone but did not play it (is it busy?)</source>
        <translation>声音输出收到了测试音但没有播放（它是否被占用？）</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="379"/>
        <source>this computer has no sound output</source>
        <translation>这台电脑没有声音输出</translation>
    </message>
    <message>
        <location filename="../../outputs/audio.py" line="389"/>
        <source>there is no sound output called {name} on this computer now</source>
        <translation>这台电脑现在没有叫 {name} 的声音输出</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="29"/>
        <source>{package} is not installed</source>
        <translation>未安装 {package}</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="41"/>
        <source>load v4l2loopback, the system module that makes a virtual webcam, once as an administrator (Debian/Ubuntu: sudo apt install v4l2loopback-dkms &amp;&amp; sudo modprobe v4l2loopback devices=1 exclusive_caps=1 card_label=vhost)</source>
        <translation>以管理员身份加载一次 v4l2loopback（生成虚拟摄像头的系统模块）（Debian/Ubuntu：sudo apt install v4l2loopback-dkms &amp;&amp; sudo modprobe v4l2loopback devices=1 exclusive_caps=1 card_label=vhost）</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="49"/>
        <source>install OBS Studio (30 or later), click its Start Virtual Camera once and stop it again, then try again</source>
        <translation>安装 OBS Studio（30 或更新版本），点一次“启动虚拟摄像机”再停止，然后重试</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="54"/>
        <source>install OBS Studio (it brings the OBS Virtual Camera) or Unity Capture, then try again</source>
        <translation>安装 OBS Studio（自带 OBS 虚拟摄像机）或 Unity Capture，然后重试</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="154"/>
        <source>No virtual camera {device} is available ({reason}); {advice}.</source>
        <translation>虚拟摄像头 {device} 不可用（{reason}）；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="161"/>
        <source>No virtual camera is available ({reason}); {advice}.</source>
        <translation>没有可用的虚拟摄像头（{reason}）；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/camera.py" line="225"/>
        <source>{reason}; {advice}</source>
        <translation>{reason}；{advice}</translation>
    </message>
    <message>
        <location filename="../../outputs/devices.py" line="52"/>
        <source>This machine has no sound output; {advice}.</source>
        <translation>这台电脑没有声音输出；{advice}。</translation>
    </message>
    <message>
        <location filename="../../outputs/rtmp.py" line="34"/>
        <source>{url} is not an RTMP address; it looks like rtmp://live.example.com/app/STREAM-KEY (copy it from your platform&apos;s streaming settings).</source>
        <translation>{url} 不是 RTMP 地址；RTMP 地址形如 rtmp://live.example.com/app/STREAM-KEY（请从直播平台的推流设置中复制）。</translation>
    </message>
    <message>
        <location filename="../../speech/base.py" line="94"/>
        <source>A speaking rate of {rate} is out of range; use {low} to {high}.</source>
        <translation>语速 {rate} 超出范围；请用 {low} 到 {high}。</translation>
    </message>
    <message>
        <location filename="../../speech/base.py" line="106"/>
        <source>A pitch of {pitch} semitones is out of range; use {low} to {high}.</source>
        <translation>音高 {pitch} 个半音超出范围；请用 {low} 到 {high}。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro.py" line="68"/>
        <location filename="../../speech/kokoro_zh.py" line="145"/>
        <source>There is no Kokoro voice called {name}; choose one of {voices}.</source>
        <translation>没有叫 {name} 的 Kokoro 声音；请从 {voices} 中选择。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro.py" line="265"/>
        <source>The Kokoro model at {model} cannot be loaded ({reason}); delete that file so vhost rebuilds it.</source>
        <translation>无法加载 {model} 的 Kokoro 模型（{reason}）；请删除该文件，vhost 会重新生成。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_model.py" line="44"/>
        <source>reinstall vhost with `bash scripts/setup.sh`</source>
        <translation>请用 `bash scripts/setup.sh` 重新安装 vhost</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_model.py" line="104"/>
        <source>The Kokoro voice model part {package} is not installed; {fix}.</source>
        <translation>未安装 Kokoro 声音模型组件 {package}；{fix}。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_model.py" line="116"/>
        <source>The Kokoro voice model parts are corrupted (sha256 mismatch); {fix}.</source>
        <translation>Kokoro 声音模型组件已损坏（sha256 不匹配）；{fix}。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_model.py" line="135"/>
        <source>The Kokoro model has no duration tensor where vhost expects it; the model packages are not the version vhost pins, {fix}.</source>
        <translation>Kokoro 模型中没有 vhost 需要的时长张量；模型包不是 vhost 指定的版本，{fix}。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_model.py" line="155"/>
        <source>The Kokoro voice data package ({package}) is not installed; {fix}.</source>
        <translation>未安装 Kokoro 声音数据包（{package}）；{fix}。</translation>
    </message>
    <message>
        <location filename="../../speech/registry.py" line="69"/>
        <source>Cloned voices keep the pitch of the recording; leave the pitch at 0.</source>
        <translation>克隆的声音保持录音本来的音高；请把音高保持为 0。</translation>
    </message>
    <message>
        <location filename="../../speech/registry.py" line="89"/>
        <source>Coqui voices speak at their own rate and pitch; leave the rate at 1 and the pitch at 0.</source>
        <translation>Coqui 声音使用自己的语速和音高；请把语速保持为 1、音高保持为 0。</translation>
    </message>
    <message>
        <location filename="../../speech/xtts.py" line="99"/>
        <source>The XTTS model in {folder} cannot be loaded ({reason}); pull it again with `vhost models pull {model}`.</source>
        <translation>无法加载 {folder} 中的 XTTS 模型（{reason}）；请用 `vhost models pull {model}` 重新下载。</translation>
    </message>
    <message>
        <location filename="../../speech/clones.py" line="33"/>
        <source>{name} cannot name a voice; use up to 40 letters, digits, &apos;-&apos; or &apos;_&apos; (no spaces).</source>
        <translation>{name} 不能作为声音名称；请用最多 40 个字母、数字、“-”或“_”（不要空格）。</translation>
    </message>
    <message>
        <location filename="../../speech/clones.py" line="72"/>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../speech/clones.py" line="79"/>
        <source>There is no usable cloned voice {name} (saved voices: {known}); make it with `vhost voices clone RECORDING --name NAME`.</source>
        <translation>没有可用的克隆声音 {name}（已保存的声音：{known}）；请用 `vhost voices clone RECORDING --name NAME` 生成。</translation>
    </message>
    <message>
        <location filename="../../speech/xtts.py" line="207"/>
        <source>The cloned voice failed on {text} ({reason}); try another voice.</source>
        <translation>克隆的声音在 {text} 处出错（{reason}）；请换一个声音。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="24"/>
        <source>the show plan</source>
        <translation>直播计划</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="54"/>
        <source>The show plan {path} does not exist; check the path.</source>
        <translation>直播计划 {path} 不存在；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="63"/>
        <source>The show plan {path} is not readable JSON ({reason}); fix the file.</source>
        <translation>直播计划 {path} 不是可读取的 JSON（{reason}）；请修改该文件。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="75"/>
        <source>{source} must be a JSON object such as {example}.</source>
        <translation>{source} 必须是 {example} 这样的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="86"/>
        <source>{source} has an unknown field {field}; the fields are {fields}.</source>
        <translation>{source} 有未知字段 {field}；可用的字段是 {fields}。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="111"/>
        <source>{source} has a value of the wrong kind ({reason}); see `vhost live --help`.</source>
        <translation>{source} 里有类型不对的值（{reason}）；请参阅 `vhost live --help`。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="121"/>
        <source>{source}: weights must be 0 or more (0 keeps a product off the show).</source>
        <translation>{source}：权重必须是 0 或更大（0 表示该商品不上播）。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="132"/>
        <source>{source}: hero_every must be 1 or more, interlude_every and pause_between 0 or more.</source>
        <translation>{source}：hero_every 必须是 1 或更大，interlude_every 和 pause_between 必须是 0 或更大。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="139"/>
        <source>{source}: seconds_per_product must be more than 0.</source>
        <translation>{source}：seconds_per_product 必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="181"/>
        <source>The show plan names the product {product}, which is not in the catalog (its ids include {ids}); fix the plan or the catalog.</source>
        <translation>直播计划里的商品 {product} 不在商品表中（商品表的编号有 {ids}）；请修改计划或商品表。</translation>
    </message>
    <message>
        <location filename="../../engine/plan.py" line="193"/>
        <source>The show plan gives every product weight 0; give at least one a weight above 0.</source>
        <translation>直播计划把所有商品的权重都设成了 0；请至少给一个商品大于 0 的权重。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_cmd.py" line="76"/>
        <source>{path} does not exist; give the .srt that `vhost render` wrote, or --text.</source>
        <translation>{path} 不存在；请给出 `vhost render` 生成的 .srt 文件，或使用 --text。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_cmd.py" line="101"/>
        <source>Give a video or sound file to score, or --voices to compare voices.</source>
        <translation>请给出要评分的视频或音频文件，或用 --voices 比较声音。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_cmd.py" line="104"/>
        <source>--seconds must be more than 0.</source>
        <translation>--seconds 必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_cmd.py" line="106"/>
        <source>a video made by `vhost render` or a sound file</source>
        <translation>用 `vhost render` 做的视频或一个音频文件</translation>
    </message>
    <message>
        <location filename="../../cli/quality_cmd.py" line="112"/>
        <source>{path} has no sound; score a video or recording with speech.</source>
        <translation>{path} 没有声音；请对有说话声的视频或录音评分。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_voices.py" line="26"/>
        <source>--voices compares voices on vhost&apos;s own sentences; leave out {path}.</source>
        <translation>--voices 用 vhost 自带的句子比较声音；请去掉 {path}。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_voices.py" line="31"/>
        <source>--limit must be 1 or more.</source>
        <translation>--limit 必须是 1 或更大。</translation>
    </message>
    <message>
        <location filename="../../cli/quality_voices.py" line="46"/>
        <source>The voice {voice} does not speak {lang}.</source>
        <translation>声音 {voice} 不会说 {lang}。</translation>
    </message>
    <message>
        <location filename="../../cli/speech_cmd.py" line="164"/>
        <source>XTTS-v2 speaks with the cloned voice itself; leave out --base with --engine xtts.</source>
        <translation>XTTS-v2 直接用克隆的声音说话；使用 --engine xtts 时请去掉 --base。</translation>
    </message>
    <message>
        <location filename="../../outputs/encoder.py" line="97"/>
        <source>{fps} fps does not divide {rate} audio samples evenly; use 24, 25, 30, 50 or 60.</source>
        <translation>{fps} 帧/秒无法整除 {rate} 的音频采样；请用 24、25、30、50 或 60。</translation>
    </message>
    <message>
        <location filename="../../outputs/encoder.py" line="234"/>
        <source>Cannot write {path} ({reason}); choose a folder you can write to.</source>
        <translation>无法写入 {path}（{reason}）；请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../quality/lipsync.py" line="48"/>
        <source>{path} is not a video FFmpeg can read ({reason}); give an MP4 made by vhost render.</source>
        <translation>{path} 不是 FFmpeg 能读取的视频（{reason}）；请给出 vhost render 生成的 MP4。</translation>
    </message>
    <message>
        <location filename="../../quality/lipsync.py" line="59"/>
        <source>{path} has no picture; lip sync needs a video (an MP4 made by vhost render).</source>
        <translation>{path} 没有画面；口型同步需要视频（vhost render 生成的 MP4）。</translation>
    </message>
    <message>
        <location filename="../../quality/lipsync.py" line="127"/>
        <source>The video is under a second long; lip sync needs a few seconds of speech.</source>
        <translation>视频不到一秒；口型同步需要几秒钟的说话。</translation>
    </message>
    <message>
        <location filename="../../quality/lipsync.py" line="137"/>
        <source>No face was found in most frames; lip sync is measured on a video of the presenter.</source>
        <translation>大多数画面里找不到人脸；口型同步要在主播的视频上测量。</translation>
    </message>
    <message>
        <location filename="../../quality/voices.py" line="40"/>
        <source>{path} cannot be read as a sentence list ({reason}); give a TOML file with zh = [...] and en = [...].</source>
        <translation>{path} 无法作为句子列表读取（{reason}）；请给出含 zh = [...] 和 en = [...] 的 TOML 文件。</translation>
    </message>
    <message>
        <location filename="../../quality/voices.py" line="55"/>
        <source>{path} holds no sentences; list them as zh = [...] and en = [...].</source>
        <translation>{path} 里没有句子；请按 zh = [...] 和 en = [...] 列出。</translation>
    </message>
    <message>
        <location filename="../../quality/whisper_model.py" line="33"/>
        <source>install it with `pip install &apos;vhost[quality]&apos;` or `bash scripts/setup.sh`</source>
        <translation>用 `pip install &apos;vhost[quality]&apos;` 或 `bash scripts/setup.sh` 安装</translation>
    </message>
    <message>
        <location filename="../../quality/whisper_model.py" line="38"/>
        <source>Scoring speech needs the Whisper recogniser, which is not installed; {fix}.</source>
        <translation>给语音评分需要 Whisper 识别器，但它没有安装；{fix}。</translation>
    </message>
    <message>
        <location filename="../../quality/whisper_model.py" line="73"/>
        <source>The Whisper model parts are corrupted (sha256 mismatch); reinstall them: {fix}.</source>
        <translation>Whisper 模型分包已损坏（sha256 不符）；请重新安装：{fix}。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_files.py" line="39"/>
        <source>{file} of the model {model} is damaged ({reason}); check it with `vhost models verify {model}` and pull it again with `vhost models pull {model}`.</source>
        <translation>模型 {model} 的文件 {file} 已损坏（{reason}）；请用 `vhost models verify {model}` 检查，再用 `vhost models pull {model}` 重新下载。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_files.py" line="134"/>
        <source>{file} has no phoneme durations vhost can find (no `duration` output and no Round, Clip, Cast(int64) steps), so the lips could not follow it; pull the export the manifest names with `vhost models pull {model}`.</source>
        <translation>{file} 里找不到 vhost 能用的音素时长（没有 `duration` 输出，也没有 Round、Clip、Cast(int64) 步骤），口型无法跟上；请用 `vhost models pull {model}` 下载清单指定的导出版本。</translation>
    </message>
    <message>
        <location filename="../../speech/kokoro_zh.py" line="187"/>
        <source>This Kokoro v1.1-zh export speaks only at whole rates; leave the rate at 1 and the pitch at 0.</source>
        <translation>这个 Kokoro v1.1-zh 导出版本只能用整数语速；请把语速设为 1，音调设为 0。</translation>
    </message>
    <message>
        <location filename="../../speech/openvoice.py" line="86"/>
        <source>{folder} is not an OpenVoice converter folder (it needs config.json and checkpoint.pth); pass the converter folder of OpenVoiceV2.</source>
        <translation>{folder} 不是 OpenVoice 音色转换器文件夹（需要 config.json 和 checkpoint.pth）；请给出 OpenVoiceV2 的 converter 文件夹。</translation>
    </message>
    <message>
        <location filename="../../speech/openvoice.py" line="104"/>
        <source>The OpenVoice converter in {folder} cannot be loaded ({reason}); pull it again with `vhost models pull {model}`.</source>
        <translation>{folder} 里的 OpenVoice 音色转换器无法加载（{reason}）；请用 `vhost models pull {model}` 重新下载。</translation>
    </message>
    <message>
        <location filename="../../speech/openvoice.py" line="192"/>
        <source>There is too little sound to hear a voice in; record more speech.</source>
        <translation>声音太少，听不出音色；请多录一些说话。</translation>
    </message>
    <message>
        <location filename="../../speech/openvoice.py" line="336"/>
        <source>A clone cannot be the base of another clone; choose a Kokoro voice such as kokoro.</source>
        <translation>克隆的声音不能再作为克隆的底声；请选择一个 Kokoro 声音，例如 kokoro。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="19"/>
        <source>a recording of the voice</source>
        <translation>这个声音的录音</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="55"/>
        <source>{source} is empty; record {low}-{high} s of the voice speaking.</source>
        <translation>{source} 是空的；请录 {low}-{high} 秒这个声音说话。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="66"/>
        <source>{source} is silent; record {low}-{high} s of the voice speaking.</source>
        <translation>{source} 没有声音；请录 {low}-{high} 秒这个声音说话。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="80"/>
        <source>{source} holds only {seconds} s of speech; record {low}-{high} s of the voice speaking.</source>
        <translation>{source} 只有 {seconds} 秒说话声；请录 {low}-{high} 秒这个声音说话。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="92"/>
        <source>{source} holds {seconds} s of speech; cut it to the clearest {low}-{high} s (the model uses at most {high} s).</source>
        <translation>{source} 有 {seconds} 秒说话声；请剪出最清楚的 {low}-{high} 秒（模型最多用 {high} 秒）。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="103"/>
        <source>{source} is clipped (too loud: the peaks are cut off); record it again with less gain.</source>
        <translation>{source} 削波了（太响，峰值被截断）；请调低增益重新录。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="118"/>
        <source>{source} is too quiet ({loudness} dBFS); record closer to the microphone or with more gain.</source>
        <translation>{source} 太小声（{loudness} dBFS）；请靠近麦克风或调高增益再录。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="130"/>
        <source>{source} is mostly pauses ({share} speech); record the voice speaking steadily for {low}-{high} s.</source>
        <translation>{source} 大部分是停顿（说话只占 {share}）；请录 {low}-{high} 秒连续说话。</translation>
    </message>
    <message>
        <location filename="../../speech/reference.py" line="143"/>
        <source>{source} is noisy (speech only {snr} dB above the background); record in a quiet room.</source>
        <translation>{source} 噪音太大（说话只比背景高 {snr} dB）；请在安静的房间里录。</translation>
    </message>
    <message>
        <location filename="../../catalog/claims.py" line="42"/>
        <source>id {id} “{title}”: {field}: “{original}” is not said on air ({reason}); reword it in the catalog.</source>
        <translation>编号 {id}“{title}”：{field}：“{original}”不会在直播中说出（{reason}）；请在商品目录里改写。</translation>
    </message>
    <message>
        <location filename="../../catalog/claims.py" line="48"/>
        <source>id {id} “{title}”: {field}: “{original}” is left out when it is said ({reason}); reword it in the catalog.</source>
        <translation>编号 {id}“{title}”：{field}：“{original}”在直播中说的时候会被去掉（{reason}）；请在商品目录里改写。</translation>
    </message>
    <message>
        <location filename="../../catalog/claims.py" line="54"/>
        <source>id {id} “{title}”: {field}: “{original}” is said as “{replacement}” ({reason}); reword it in the catalog.</source>
        <translation>编号 {id}“{title}”：{field}：“{original}”会被说成“{replacement}”（{reason}）；请在商品目录里改写。</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="28"/>
        <source>a Taobao/Tmall export (淘宝助理 / 千牛)</source>
        <translation>淘宝/天猫导出文件（淘宝助理 / 千牛）</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="35"/>
        <source>a Shopify products export</source>
        <translation>Shopify 商品导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="39"/>
        <source>a WooCommerce products export</source>
        <translation>WooCommerce 商品导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="45"/>
        <source>a Pinduoduo export (拼多多)</source>
        <translation>拼多多导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="51"/>
        <source>a JD export (京东)</source>
        <translation>京东导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="53"/>
        <source>a Douyin shop export (抖店)</source>
        <translation>抖店导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/formats.py" line="57"/>
        <source>a Kuaishou shop export (快手小店)</source>
        <translation>快手小店导出文件</translation>
    </message>
    <message>
        <location filename="../../catalog/grouping.py" line="110"/>
        <source>{where}, variant {number}</source>
        <translation>{where}，第 {number} 个规格</translation>
    </message>
    <message>
        <location filename="../../catalog/taobao.py" line="67"/>
        <source>SKU {number} has the option value {pid}:{vid}, which has no name in the export (name it in 淘宝助理 and export again); that SKU is left out</source>
        <translation>第 {number} 个 SKU 的选项值 {pid}:{vid} 在导出文件里没有名称（请在淘宝助理里给它命名后重新导出）；这个 SKU 未导入</translation>
    </message>
    <message>
        <location filename="../../catalog/taobao.py" line="79"/>
        <source>{where}, SKU {number}</source>
        <translation>{where}，第 {number} 个 SKU</translation>
    </message>
    <message>
        <location filename="../../chat/sources/bridge_token.py" line="45"/>
        <source>Cannot keep the chat bridge&apos;s token in {path} ({reason}); check that folder.</source>
        <translation>无法把评论桥口令保存到 {path}（{reason}）；请检查这个文件夹。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="83"/>
        <source>This machine has no system keyring to keep the YouTube API key in; unlock or install one (GNOME Keyring or KWallet on Linux), or write youtube:VIDEO?key=KEY.</source>
        <translation>这台电脑没有系统钥匙串来保存 YouTube API 密钥；请解锁或安装一个（Linux 上用 GNOME Keyring 或 KWallet），或写成 youtube:视频?key=密钥。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="152"/>
        <source>every={every} in --chat youtube:{arg} must be a number of seconds above 0.</source>
        <translation>--chat youtube:{arg} 里的 every={every} 必须是大于 0 的秒数。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="179"/>
        <source>{video} is not a YouTube video id; write youtube:VIDEO_ID (the 11 characters after watch?v=), the video&apos;s URL, or youtube:chat=LIVECHATID.</source>
        <translation>{video} 不是 YouTube 视频 ID；请写 youtube:视频ID（watch?v= 后面的 11 个字符）、视频链接，或 youtube:chat=直播聊天ID。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="193"/>
        <source>YouTube chat needs a YouTube Data API v3 key; create one in the Google Cloud console and keep it in the keyring with `vhost youtube-key set`, or write youtube:VIDEO?key=KEY.</source>
        <translation>读取 YouTube 评论需要 YouTube Data API v3 密钥；请在 Google Cloud 控制台创建一个，用 `vhost youtube-key set` 存进钥匙串，或写成 youtube:视频?key=密钥。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="341"/>
        <source>YouTube does not accept the API key; copy it again from the Google Cloud console (YouTube Data API v3 enabled) and keep it with `vhost youtube-key set`.</source>
        <translation>YouTube 不接受这个 API 密钥；请从 Google Cloud 控制台重新复制（需启用 YouTube Data API v3），再用 `vhost youtube-key set` 保存。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="244"/>
        <source>YouTube has no video {video}; check the id in --chat youtube:VIDEO_ID.</source>
        <translation>YouTube 上没有视频 {video}；请检查 --chat youtube:视频ID 里的 ID。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="256"/>
        <source>YouTube video {video} is not live now (it has no active live chat); start the stream first, or check that chat is turned on for it.</source>
        <translation>YouTube 视频 {video} 现在没有在直播（没有进行中的直播聊天）；请先开播，或检查是否开启了聊天。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="331"/>
        <source>The YouTube API key has used up its daily quota, so YouTube chat stops here and the show goes on without it; the quota resets at midnight Pacific Time, or poll less often with youtube:VIDEO?every=SECONDS.</source>
        <translation>这个 YouTube API 密钥今天的配额已用完，YouTube 评论到此停止，直播继续但不读评论；配额在太平洋时间午夜重置，也可以用 youtube:视频?every=秒数 降低读取频率。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="350"/>
        <source>Live chat is turned off for this YouTube stream; turn it on in YouTube Studio.</source>
        <translation>这场 YouTube 直播关闭了聊天；请在 YouTube 工作室里打开。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="358"/>
        <source>YouTube has no live chat {chat}; check the video id, or that the stream is live.</source>
        <translation>YouTube 上没有直播聊天 {chat}；请检查视频 ID，或确认正在直播。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/youtube.py" line="366"/>
        <source>YouTube refused the chat request (HTTP {code}: {detail}); check the API key.</source>
        <translation>YouTube 拒绝了评论请求（HTTP {code}：{detail}）；请检查 API 密钥。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/bridge.py" line="112"/>
        <source>Cannot listen for chat on {host}:{port} ({reason}); choose another port with --chat bridge:PORT.</source>
        <translation>无法在 {host}:{port} 上接收评论（{reason}）；请用 --chat bridge:端口 换一个端口。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="85"/>
        <source>This machine has no system keyring to keep the EulerStream API key in; unlock or install one (GNOME Keyring or KWallet on Linux), or write tiktok:@USERNAME?key=KEY.</source>
        <translation>这台电脑没有系统钥匙串来保存 EulerStream API 密钥；请解锁或安装一个（Linux 上用 GNOME Keyring 或 KWallet），或写成 tiktok:@用户名?key=密钥。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="179"/>
        <source>{username} is not a TikTok username; write tiktok:@username (the name after @ in the account&apos;s address, letters, digits, _ and . only).</source>
        <translation>{username} 不是 TikTok 用户名；请写 tiktok:@用户名（账号地址里 @ 后面的名字，只含字母、数字、_ 和 .）。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="193"/>
        <source>TikTok chat is read through EulerStream, a third-party service that relays every viewer message, and needs its API key: create one at eulerstream.com and keep it with `vhost tiktok-key set` (or write tiktok:@USERNAME?key=KEY).</source>
        <translation>读取 TikTok 评论要经过第三方服务 EulerStream（每条观众消息都经它转发），需要它的 API 密钥：请在 eulerstream.com 创建一个，用 `vhost tiktok-key set` 保存（或写成 tiktok:@用户名?key=密钥）。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="258"/>
        <source>EulerStream does not accept the API key for TikTok chat; copy it again from the EulerStream dashboard and keep it with `vhost tiktok-key set`.</source>
        <translation>EulerStream 不接受这个读取 TikTok 评论的 API 密钥；请从 EulerStream 控制台重新复制，再用 `vhost tiktok-key set` 保存。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="267"/>
        <source>The EulerStream API key may not read TikTok account @{username}; check the key&apos;s permissions and plan on the EulerStream dashboard.</source>
        <translation>这个 EulerStream API 密钥无权读取 TikTok 账号 @{username}；请在 EulerStream 控制台检查密钥的权限和套餐。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="278"/>
        <source>EulerStream cannot find TikTok account @{username}; check the username in --chat tiktok:@USERNAME.</source>
        <translation>EulerStream 找不到 TikTok 账号 @{username}；请检查 --chat tiktok:@用户名 里的用户名。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="288"/>
        <source>TikTok account @{username} is not live now; vhost tries again every few minutes, so start the LIVE on TikTok and chat comes in by itself.</source>
        <translation>TikTok 账号 @{username} 现在没有在直播；vhost 每隔几分钟会再试，在 TikTok 开播后评论就会自动进来。</translation>
    </message>
    <message>
        <location filename="../../chat/sources/tiktok.py" line="298"/>
        <source>EulerStream says the API key has too many TikTok connections open, or opens them too fast; vhost waits and tries again, or close the key&apos;s other connections.</source>
        <translation>EulerStream 说这个 API 密钥打开的 TikTok 连接太多或太快；vhost 会等一会儿再试，也可以关掉这个密钥的其他连接。</translation>
    </message>
    <message>
        <location filename="../../speech/wav.py" line="16"/>
        <source>{name} does not exist; give {wanted}.</source>
        <translation>{name} 不存在；请给出{wanted}。</translation>
    </message>
    <message>
        <location filename="../../speech/wav.py" line="17"/>
        <source>{name} has no sound in it; give {wanted} (WAV, MP3, M4A…).</source>
        <translation>{name} 里没有声音；请给出{wanted}（WAV、MP3、M4A…）。</translation>
    </message>
    <message>
        <location filename="../../speech/wav.py" line="20"/>
        <source>{name} is not a sound file vhost can read; save it as WAV or MP3.</source>
        <translation>{name} 不是 vhost 能读取的音频文件；请另存为 WAV 或 MP3。</translation>
    </message>
    <message>
        <location filename="../../speech/wav.py" line="35"/>
        <source>a sound file</source>
        <translation>一个音频文件</translation>
    </message>
</context>
</TS>
