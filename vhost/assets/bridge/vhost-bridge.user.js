// ==UserScript==
// @name         vhost chat bridge
// @namespace    vhost-chat-bridge
// @version      1.0.0
// @description  vhost 直播评论桥：在你自己已登录的直播中控台/直播间页面读取评论、礼物、点赞、关注、进场，只发给本机 127.0.0.1 上的 vhost。Reads comments, gifts, likes, follows and entries from your own live console / room page and hands them to vhost on 127.0.0.1 only. No cookie or password ever leaves the browser.
// @match        https://live.douyin.com/*
// @match        https://www.douyin.com/follow/live/*
// @match        https://www.douyin.com/root/live/*
// @match        https://buyin.jinritemai.com/*
// @match        https://fxg.jinritemai.com/*
// @match        https://zs.kwaixiaodian.com/*
// @match        https://live.kuaishou.com/u/*
// @match        https://liveplatform.taobao.com/*
// @match        https://channels.weixin.qq.com/*
// @grant        GM_xmlhttpRequest
// @grant        GM_getValue
// @grant        GM_setValue
// @grant        GM_registerMenuCommand
// @connect      127.0.0.1
// @connect      localhost
// @run-at       document-idle
// @noframes
// ==/UserScript==

/*
 * What this script does, and what it never does
 * ---------------------------------------------
 * It watches the chat list of the merchant's own live page (MutationObserver), turns each NEW
 * item into {text, user, name, kind, platform, id} and POSTs batches of those to vhost's local
 * bridge (http://127.0.0.1:PORT/chat, `Authorization: Bearer TOKEN`) through GM_xmlhttpRequest,
 * with `anonymous: true` so that not even the bridge gets a cookie. Nothing else is read or sent:
 * no cookies, no page HTML, no account data, and never to any host but this machine.
 *
 * Page structures change without notice. Every selector below is in the SITE table, with the
 * public source it was taken from; when a site stops working, that table is what to fix.
 * Orders ("xx 下单了 / 购买了 / 正在购买") are sent as kind "order", so the presenter thanks the buyer.
 */

(function (root) {
  'use strict';

  // ---- limits -----------------------------------------------------------------------------
  const FLUSH_MS = 300; // batch interval
  const MAX_BATCH = 50; // messages per POST (the bridge's RATE is 50/s)
  const MAX_BATCH_BYTES = 60 * 1024; // the bridge refuses bodies over 64 KiB
  const MAX_QUEUE = 200; // while vhost is away; the oldest are dropped first
  const SEEN_KEYS = 1000; // rolling de-duplication memory
  const RETRY_MIN_MS = 1000;
  const RETRY_MAX_MS = 30000;
  const FIND_LIST_MS = 1000; // how often to look for (a new) chat list
  const DEFAULT_PORT = 8765;
  const KINDS = ['comment', 'gift', 'like', 'follow', 'enter', 'order'];

  // ---- text helpers (pure) ----------------------------------------------------------------
  /** The visible text of an element, emoji <img alt> included, whitespace collapsed. */
  function textOf(el) {
    if (!el) return '';
    let out = '';
    const walk = (node) => {
      if (node.nodeType === 3) out += node.data;
      else if (node.nodeType === 1) {
        const tag = node.tagName.toLowerCase();
        if (tag === 'img') out += node.getAttribute('alt') || '';
        else if (tag === 'script' || tag === 'style') return;
        else for (const child of node.childNodes) walk(child);
      }
    };
    walk(el);
    return out.replace(/\s+/g, ' ').trim();
  }

  function cleanName(s) {
    return String(s || '').replace(/\s+/g, ' ').replace(/[：:]\s*$/, '').trim().slice(0, 100);
  }

  function cleanText(s) {
    return String(s || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  }

  /** The first element under `el` matching any of `selectors` (a list, tried in order). */
  function pick(el, selectors) {
    for (const sel of [].concat(selectors)) {
      const found = el.matches && el.matches(sel) ? el : el.querySelector(sel);
      if (found) return found;
    }
    return null;
  }

  // Orders are sent (kind "order"); system notices and shop buttons ("去购买") never.
  const ORDER = /(下单了|下了一单|购买了|正在购买|刚刚购买|拍下了|已下单)/;
  const BUTTON = /^(去购买|立即购买|马上抢)$/;
  const SYSTEM = /^(欢迎来到|欢迎大家来到|直播间严禁|请遵守|温馨提示|系统提示|直播消息|本直播间)/;
  // A notice's body, once the viewer's name is taken off its front.
  const NOTICE_RULES = [
    { kind: 'order', re: /^(下单了|下了一单|购买了|正在购买|刚刚购买|拍下了|已下单)/ },
    { kind: 'gift', re: /^(送出了?|送给主播|赠送了?|送了)\s*/ },
    { kind: 'like', re: /^(为主播)?(点赞了|点了赞|点亮了)/ },
    { kind: 'follow', re: /^(关注了主播|关注了|加入了粉丝团|加入粉丝团|成为了?(主播的)?粉丝)/ },
    { kind: 'enter', re: /^(来了|进入了?直播间|加入了直播间|进来了|进入直播间)/ },
  ];
  const NOTICE_SPLIT = /^(.+?)\s*((?:为主播)?(?:送出了?|送给主播|赠送了?|点赞了|点亮了|关注了主播|关注了|加入了粉丝团|加入粉丝团|来了|进入了?直播间|加入了直播间|进来了|下单了|下了一单|购买了|正在购买|刚刚购买|拍下了|已下单).*)$/;

  /**
   * A platform notice ("小明 来了", "小红：送出了 小心心 ×1", "小王 下单了") → {kind, text}, or
   * null when it is a system line or a shop button (skipped), or not a notice at all.
   */
  function classifyNotice(body) {
    const text = cleanText(body);
    if (!text || BUTTON.test(text) || SYSTEM.test(text)) return null;
    for (const rule of NOTICE_RULES) if (rule.re.test(text)) return { kind: rule.kind, text };
    return null;
  }

  /** Split "名字 来了" / "名字：送出了…" into [name, body] when the line is a notice. */
  function splitNotice(line) {
    const text = cleanText(line);
    const named = text.match(/^(.+?)[：:]\s*(.+)$/);
    if (named && classifyNotice(named[2])) return [cleanName(named[1]), named[2]];
    const m = text.match(NOTICE_SPLIT);
    if (m) return [cleanName(m[1]), m[2]];
    return ['', text];
  }

  /** The merchant's own lines (anchor, assistant, auto-replies: vhost's own answers among them). */
  const SELF_ROLES = /^(主播|助理|场控|自动回复|管理员|官方)$/;

  // ---- per-site extraction (pure: an element in, a message or null out) -------------------
  /** Douyin live room (live.douyin.com): `.webcast-chatroom___item` rows and the sticky
   * `.webcast-chatroom___bottom-message` line (来了 / 点赞了). */
  function extractDouyinRoom(item) {
    const content = item.querySelector('.webcast-chatroom___content-with-emoji-text');
    // The nickname is the badge-free span that ends with "：".
    let nameEl = null;
    for (const span of item.querySelectorAll('span')) {
      if (span.querySelector('img, span') || (content && span.contains(content))) continue;
      if (/[：:]\s*$/.test(span.textContent || '')) { nameEl = span; break; }
    }
    if (nameEl) {
      let body = '';
      for (let sib = nameEl.nextSibling; sib; sib = sib.nextSibling) {
        body += ' ' + (sib.nodeType === 1 ? textOf(sib) : (sib.data || ''));
      }
      body = cleanText(body) || textOf(content);
      const name = cleanName(nameEl.textContent);
      if (/^(送出了?|送给主播)/.test(body)) return { name, text: cleanText(body), kind: 'gift' };
      if (content) return { name, text: cleanText(body), kind: 'comment' };
      const notice = classifyNotice(body);
      return notice ? { name, text: notice.text, kind: notice.kind } : null;
    }
    if (content) return { name: '', text: textOf(content), kind: 'comment' };
    const [name, body] = splitNotice(textOf(item));
    const notice = classifyNotice(body);
    return notice && name ? { name, text: notice.text, kind: notice.kind } : null;
  }

  /** 巨量百应 / 抖店 live control (直播中控台 → 直播互动): comment items only. */
  function extractDouyinConsole(item) {
    const nick = pick(item, ['[class^="nickname"]', '[class*="__nickname"]', '[class*=" nickname"]']);
    const desc = pick(item, ['[class^="description"]', '[class*="__description"]', '[class*=" description"]']);
    if (!nick || !desc) return null;
    const clone = nick.cloneNode(true);
    const roles = [];
    for (const tag of clone.querySelectorAll('[class^="authorTag"], [class*="authorTag"], [class^="commentTag"], [class*="commentTag"]')) {
      if (/authorTag/.test(tag.getAttribute('class') || '')) roles.push(textOf(tag));
      tag.remove();
    }
    if (roles.some((r) => SELF_ROLES.test(r))) return null;
    return { name: cleanName(textOf(clone)), text: textOf(desc), kind: 'comment' };
  }

  /** 快手小店 直播中控 (zs.kwaixiaodian.com/page/helper): CSS-module rows `list-item--xxxx`. */
  function extractKuaishouConsole(item) {
    const user = pick(item, ['[class*="username--"]', '[class*="username"]']);
    const content = pick(item, ['[class*="replied-content"]', '[class*="content--"]']);
    if (!user || !content) return null;
    const tag = item.querySelector('[class*="tag--"], [class*="role--"]');
    if (tag && SELF_ROLES.test(textOf(tag))) return null;
    const name = cleanName(textOf(user));
    if (SELF_ROLES.test(name)) return null;
    return { name, text: textOf(content), kind: 'comment' };
  }

  /** 快手 live room (live.kuaishou.com/u/…): BEST GUESS, no public source found. A row is
   * `.comment-cell` with `.username` and `.comment`; gift/like/follow/enter rows are told by a
   * class word or, failing that, by their wording. */
  function extractKuaishouRoom(item) {
    const user = pick(item, ['.username', '[class*="username"]']);
    const comment = pick(item, ['.comment', '[class*="comment-content"]']);
    const name = cleanName(user ? textOf(user) : '');
    let body = comment ? textOf(comment) : textOf(item);
    if (!comment && name && body.startsWith(name)) body = cleanText(body.slice(name.length).replace(/^[\s：:]+/, ''));
    const cls = (item.getAttribute('class') || '').toLowerCase();
    const byClass = /gift/.test(cls) ? 'gift' : /like/.test(cls) ? 'like' : /follow/.test(cls) ? 'follow' : /enter|join/.test(cls) ? 'enter' : '';
    if (byClass) return name ? { name, text: body, kind: byClass } : null;
    if (comment && name) return { name, text: body, kind: 'comment' };
    const [who, rest] = name ? [name, body] : splitNotice(body);
    const notice = classifyNotice(rest);
    return notice && who ? { name: who, text: notice.text, kind: notice.kind } : null;
  }

  /** 淘宝直播 中控台 (liveplatform.taobao.com/restful/index/live/control). */
  function extractTaobao(item) {
    const user = item.querySelector('.tc-comment-item-userinfo-name');
    const content = pick(item, ['.tc-comment-item-content span', '.tc-comment-item-content']);
    if (!user || !content) return null;
    const name = cleanName(textOf(user));
    if (SELF_ROLES.test(name)) return null;
    return { name, text: textOf(content), kind: 'comment' };
  }

  /** 视频号 直播中控 (channels.weixin.qq.com/platform/live/liveBuild). */
  function extractWeixin(item) {
    const user = item.querySelector('.message-username-desc');
    const content = item.querySelector('.message-content');
    const type = item.querySelector('.message-type');
    if (type && SELF_ROLES.test(textOf(type))) return null;
    if (!content) return null;
    const name = cleanName(user ? textOf(user) : '');
    const text = textOf(content);
    if (!name) {
      // "欢迎 xx 进入直播间"-style lines without a user: a notice or nothing.
      const [n, body] = splitNotice(text.replace(/^欢迎\s*/, ''));
      const notice = classifyNotice(body);
      return notice && n ? { name: n, text: notice.text, kind: notice.kind } : null;
    }
    return { name, text, kind: 'comment' };
  }

  /** A DOM id for an item when the page gives one (message id or virtual-list index). */
  function domId(item) {
    const holder = item.closest ? item.closest('[data-id], [data-index]') : null;
    const own = item.getAttribute('data-id') || item.getAttribute('data-index');
    if (own) return own;
    const inner = item.querySelector('[data-id], [data-index]');
    const el = inner || holder;
    return el ? el.getAttribute('data-id') || el.getAttribute('data-index') || '' : '';
  }

  function timeOf(item, site) {
    return site.time ? textOf(item.querySelector(site.time)) : '';
  }

  /*
   * SITE: where each platform's chat list is and how to read an item.
   *   match(location) → whether this page is the site; list: selector of the list root(s) to
   *   observe; item: selector of one chat item under a root; extract(item) → {name, text, kind}
   *   or null (skip); time: optional selector of a per-item clock (part of the de-dup key);
   *   shadowHosts: elements whose open shadow roots may hold the list (微前端 wujie).
   * Evidence (public code that reads these pages), recorded in docs/bridge.md as well.
   */
  const SITES = [
    {
      key: 'douyin-room',
      platform: 'douyin',
      // webcast-chatroom___* class names: beak2825/greasyfork_archives js_greasyfork/474970.js
      // (content-with-emoji-text), public crawlers' OBSERVER_JS (…___list / …___item /
      // …___content-with-emoji-text, `data-id` on items) and a 2026 DOM memo
      // (item > item-wrapper > [badge][昵称：][正文]; bottom-message for 来了/点赞了).
      match: (loc) => loc.hostname === 'live.douyin.com' || (loc.hostname === 'www.douyin.com' && /\/(follow|root)\/live\//.test(loc.pathname)),
      list: '.webcast-chatroom___items, .webcast-chatroom___list, .webcast-chatroom___bottom-message',
      item: '.webcast-chatroom___item, .webcast-chatroom___bottom-message > div',
      extract: extractDouyinRoom,
    },
    {
      key: 'douyin-console',
      platform: 'douyin',
      // qiutongxue/oba-live-tool commit c2b7a2e electron/main/tasks/autoReply.ts and constants.ts:
      // '#comment-list-wrapper', 'div[class^="commentItem"]', '[class^="nickname"]' (with
      // authorTag/commentTag children), '[class^="description"]'; greasyfork 489527 uses the
      // hashed forms index-module__commentItem___2fLb5 / __nickname___ / __description___.
      match: (loc) => /(^|\.)(buyin|fxg)\.jinritemai\.com$/.test(loc.hostname) && /live\/control/.test(loc.pathname),
      list: '#comment-list-wrapper',
      item: '[class^="commentItem"], [class*=" commentItem"], [class*="__commentItem___"]',
      extract: extractDouyinConsole,
    },
    {
      key: 'kuaishou-console',
      platform: 'kuaishou',
      // beak2825/greasyfork_archives js_greasyfork/489527.js: rows .list-item--f1eox,
      // .username--naHYA, .replied-content--OFcGD under .ReactVirtualized__List.
      match: (loc) => loc.hostname === 'zs.kwaixiaodian.com',
      list: '.ReactVirtualized__Grid__innerScrollContainer, .ReactVirtualized__List',
      item: '[class^="list-item--"], [class*=" list-item--"]',
      extract: extractKuaishouConsole,
    },
    {
      key: 'kuaishou-room',
      platform: 'kuaishou',
      // BEST GUESS: no public code reading live.kuaishou.com's chat DOM was found.
      match: (loc) => loc.hostname === 'live.kuaishou.com',
      list: '.chat-history, .feed-list, [class*="chat-history"], [class*="comment-list"]',
      item: '.comment-cell, [class*="comment-cell"]',
      extract: extractKuaishouRoom,
    },
    {
      key: 'taobao-console',
      platform: 'taobao',
      // YA2023/deyu pythonProject2/5y7爬虫2.py and greasyfork 489527: .tc-comment-item,
      // .tc-comment-item-userinfo-name, .tc-comment-item-content (span), .alpw-comment-time;
      // list section.tc-comment-list.
      match: (loc) => loc.hostname === 'liveplatform.taobao.com',
      list: '.tc-comment-list',
      item: '.tc-comment-item',
      time: '.alpw-comment-time',
      extract: extractTaobao,
    },
    {
      key: 'weixin-console',
      platform: 'weixin',
      // smallnew666/ChatGPT-Virtual-Live wechat.py (.vue-recycle-scroller__item-wrapper /
      // __item-view, [data-index], .message-content) and public scripts reading
      // div.live-message-item(-container), span.message-username-desc, span.message-type.
      // qiutongxue/oba-live-tool: the console lives in a wujie micro-frontend.
      match: (loc) => loc.hostname === 'channels.weixin.qq.com' && /\/live\//.test(loc.pathname),
      list: '.live-message-scroller-container, .vue-recycle-scroller__item-wrapper',
      item: '.live-message-item',
      shadowHosts: 'wujie-app',
      extract: extractWeixin,
    },
  ];

  function siteFor(loc) {
    return SITES.find((site) => site.match(loc)) || null;
  }

  /** All matches of `sel` in the document and in open shadow roots of `hosts`. */
  function queryAllDeep(doc, sel, hosts) {
    const found = Array.from(doc.querySelectorAll(sel));
    if (hosts) {
      for (const host of doc.querySelectorAll(hosts)) {
        if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll(sel));
      }
    }
    // Outermost only: a list root inside another is read through that one.
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  }

  /** The items under a list root, outermost only (class-prefix selectors can nest). */
  function findItems(listRoot, site) {
    const all = Array.from(listRoot.querySelectorAll(site.item));
    if (listRoot.matches && listRoot.matches(site.item)) all.unshift(listRoot);
    const set = new Set(all);
    return all.filter((el) => {
      for (let p = el.parentElement; p && p !== listRoot; p = p.parentElement) if (set.has(p)) return false;
      return true;
    });
  }

  /** A chat item → the message vhost gets (only the bridge's fields), or null. */
  function toMessage(site, item, seq) {
    let got;
    try {
      got = site.extract(item);
    } catch (err) {
      return null; // a page change must never break the page
    }
    if (!got || KINDS.indexOf(got.kind) < 0) return null;
    const text = cleanText(got.text);
    const name = cleanName(got.name);
    if (got.kind === 'comment' && !text) return null;
    // "有人下单了" with no name is an order notice the list shows as plain text.
    const kind = got.kind === 'comment' && ORDER.test(text) && !name ? 'order' : got.kind;
    const id = domId(item);
    const key = [site.platform, id, name, text, timeOf(item, site)].join('\u0001');
    return {
      key,
      message: {
        text,
        user: name,
        name,
        kind,
        platform: site.platform,
        id: site.platform + '-' + (id ? id : Date.now().toString(36) + '-' + seq),
      },
    };
  }

  // ---- the bridge: watch, de-duplicate, batch, send ------------------------------------------
  const STATUS_TEXT = {
    starting: 'vhost：正在启动…',
    waiting: 'vhost：等待评论区出现…',
    connected: 'vhost：已连接',
    sending: 'vhost：发送中…',
    token: 'vhost：口令错误，已停止发送（油猴菜单 → 设置口令）',
    offline: 'vhost：未运行，正在重试…',
    refused: 'vhost：请求被拒绝，正在重试…',
    paused: 'vhost：已暂停',
    setup: 'vhost：未设置口令（油猴菜单 → 设置口令）',
  };

  function createBridge(env) {
    env = env || {};
    const g = root;
    const api = {
      xhr: env.GM_xmlhttpRequest || g.GM_xmlhttpRequest,
      get: env.GM_getValue || g.GM_getValue,
      set: env.GM_setValue || g.GM_setValue,
      menu: env.GM_registerMenuCommand || g.GM_registerMenuCommand,
    };
    const doc = env.document || g.document;
    const win = env.window || g.window || g;
    const loc = env.location || (win && win.location) || g.location;
    const ask = env.prompt || ((q, d) => win.prompt(q, d));
    const MO = env.MutationObserver || (win && win.MutationObserver);
    const setI = env.setInterval || ((f, ms) => setInterval(f, ms));
    const now = env.now || (() => Date.now());

    const state = {
      site: null,
      port: Number(api.get('vhost_port', DEFAULT_PORT)) || DEFAULT_PORT,
      token: String(api.get('vhost_token', '') || ''),
      paused: !!api.get('vhost_paused', false),
      tokenWrong: false,
      status: 'starting',
      queue: [],
      inFlight: false,
      retryAt: 0,
      backoff: RETRY_MIN_MS,
      seq: 0,
      sent: 0,
      dropped: 0,
    };
    const seenNodes = new WeakMap(); // node → the key it had when last read (virtual lists recycle nodes)
    const seenKeys = new Set(); // rolling, insertion-ordered
    const observed = new WeakSet(); // list roots already watched
    const observers = [];
    let badge = null;

    // ---- settings ------------------------------------------------------------------------
    function askPort() {
      const answer = ask('vhost 本机桥端口 / vhost bridge port (vhost --chat bridge:PORT):', String(state.port));
      if (answer === null || answer === undefined) return;
      const port = parseInt(String(answer).trim(), 10);
      if (port >= 1 && port <= 65535) {
        state.port = port;
        api.set('vhost_port', port);
        state.backoff = RETRY_MIN_MS;
        state.retryAt = 0;
      }
    }

    function askToken() {
      const answer = ask('vhost 口令 / vhost token（`vhost chat token` 或 vhost 界面里可见）:', state.token);
      if (answer === null || answer === undefined) return;
      const token = String(answer).trim();
      if (!token) return;
      state.token = token;
      api.set('vhost_token', token);
      state.tokenWrong = false;
      state.backoff = RETRY_MIN_MS;
      state.retryAt = 0;
      setStatus(state.paused ? 'paused' : 'connected');
    }

    function togglePause() {
      state.paused = !state.paused;
      api.set('vhost_paused', state.paused);
      if (state.paused) {
        state.queue.length = 0;
        setStatus('paused');
      } else {
        // What was said while paused is history: mark it, do not send it.
        scanAll(true);
        setStatus('connected');
      }
    }

    // ---- status badge (Chinese, small, out of the way) -----------------------------------
    function setStatus(status) {
      state.status = status;
      if (!doc || !doc.body) return;
      if (!badge) {
        badge = doc.createElement('div');
        badge.setAttribute('data-vhost-bridge', 'status');
        badge.style.cssText =
          'position:fixed;left:8px;bottom:8px;z-index:2147483647;padding:2px 8px;border-radius:10px;' +
          'font:12px/18px sans-serif;color:#fff;background:rgba(0,0,0,.55);pointer-events:auto;' +
          'max-width:60vw;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;opacity:.85;cursor:default';
        badge.title = 'vhost chat bridge — 双击隐藏 / double-click to hide';
        badge.addEventListener('dblclick', () => { badge.style.display = 'none'; });
        doc.body.appendChild(badge);
      }
      badge.textContent = STATUS_TEXT[status] || status;
      const colors = { connected: 'rgba(22,128,61,.8)', sending: 'rgba(22,128,61,.8)', token: 'rgba(185,28,28,.9)', offline: 'rgba(180,83,9,.85)', refused: 'rgba(180,83,9,.85)', setup: 'rgba(185,28,28,.9)' };
      badge.style.background = colors[status] || 'rgba(0,0,0,.55)';
    }

    // ---- reading the page ----------------------------------------------------------------
    function remember(key) {
      seenKeys.add(key);
      if (seenKeys.size > SEEN_KEYS) seenKeys.delete(seenKeys.values().next().value);
    }

    /** Read every item under a root; new ones are queued unless `backlog` (then only marked). */
    function scanRoot(listRoot, backlog) {
      const site = state.site;
      if (!site) return 0;
      let queued = 0;
      for (const item of findItems(listRoot, site)) {
        const got = toMessage(site, item, ++state.seq);
        if (!got) continue;
        if (seenNodes.get(item) === got.key) continue;
        seenNodes.set(item, got.key);
        if (seenKeys.has(got.key)) continue;
        remember(got.key);
        if (backlog || state.paused || state.tokenWrong || !state.token) continue;
        enqueue(got.message);
        queued++;
      }
      return queued;
    }

    function scanAll(backlog) {
      if (!state.site) return;
      for (const listRoot of queryAllDeep(doc, state.site.list, state.site.shadowHosts)) scanRoot(listRoot, backlog);
    }

    /** Find (new) list roots: the items already there are the backlog, never sent. */
    function attach() {
      const site = siteFor(loc);
      if (site !== state.site) state.site = site;
      if (!site) return;
      let any = false;
      for (const listRoot of queryAllDeep(doc, site.list, site.shadowHosts)) {
        any = true;
        if (observed.has(listRoot)) continue;
        observed.add(listRoot);
        scanRoot(listRoot, true);
        if (MO) {
          const observer = new MO(() => scanRoot(listRoot, false));
          observer.observe(listRoot, { childList: true, subtree: true, characterData: true });
          observers.push(observer);
        }
      }
      if (!state.token) setStatus('setup');
      else if (state.paused) setStatus('paused');
      else if (state.tokenWrong) setStatus('token');
      else if (!any) setStatus('waiting');
      else if (state.status === 'starting' || state.status === 'waiting' || state.status === 'setup') setStatus('connected');
    }

    // ---- sending -------------------------------------------------------------------------
    function enqueue(message) {
      state.queue.push(message);
      while (state.queue.length > MAX_QUEUE) {
        state.queue.shift();
        state.dropped++;
      }
    }

    function byteLength(s) {
      return typeof TextEncoder !== 'undefined' ? new TextEncoder().encode(s).length : unescape(encodeURIComponent(s)).length;
    }

    /** The next batch: at most MAX_BATCH messages and MAX_BATCH_BYTES of JSON. */
    function takeBatch() {
      const batch = [];
      let bytes = 2;
      while (batch.length < MAX_BATCH && state.queue.length) {
        const size = byteLength(JSON.stringify(state.queue[0])) + 1;
        if (batch.length && bytes + size > MAX_BATCH_BYTES) break;
        batch.push(state.queue.shift());
        bytes += size;
      }
      return batch;
    }

    function retryLater(batch, status, waitMs) {
      state.queue.unshift(...batch);
      while (state.queue.length > MAX_QUEUE) {
        state.queue.shift();
        state.dropped++;
      }
      const wait = waitMs || state.backoff;
      state.retryAt = now() + wait;
      if (!waitMs) state.backoff = Math.min(RETRY_MAX_MS, state.backoff * 2);
      setStatus(status);
    }

    /** One step: send one batch if there is one and nothing stops it. Returns whether it sent. */
    function flush() {
      if (state.inFlight || state.paused || state.tokenWrong || !state.token || !state.queue.length) return false;
      if (now() < state.retryAt) return false;
      const batch = takeBatch();
      if (!batch.length) return false;
      state.inFlight = true;
      setStatus('sending');
      const done = (status, headers) => {
        state.inFlight = false;
        if (status === 202 || status === 200) {
          state.sent += batch.length;
          state.backoff = RETRY_MIN_MS;
          state.retryAt = 0;
          setStatus('connected');
        } else if (status === 401) {
          state.tokenWrong = true; // stop until the token is changed
          state.queue.length = 0;
          setStatus('token');
        } else if (status === 429) {
          const m = /retry-after:\s*(\d+)/i.exec(headers || '');
          retryLater(batch, 'sending', (m ? Number(m[1]) : 1) * 1000);
        } else if (status === 413) {
          if (batch.length > 1) {
            const half = Math.ceil(batch.length / 2);
            state.queue.unshift(...batch.slice(half));
            state.queue.unshift(...batch.slice(0, half));
          } // a single message too large is dropped
          setStatus('connected');
        } else if (status === 400) {
          setStatus('connected'); // a malformed batch is dropped, the rest goes on
        } else if (status === 403) {
          retryLater(batch, 'refused');
        } else {
          retryLater(batch, 'offline'); // 0, timeout, connection refused: vhost is not running
        }
      };
      try {
        api.xhr({
          method: 'POST',
          url: 'http://127.0.0.1:' + state.port + '/chat',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + state.token },
          data: JSON.stringify(batch),
          anonymous: true, // no cookies, not even for 127.0.0.1
          timeout: 5000,
          onload: (res) => done(res.status, res.responseHeaders),
          onerror: () => done(0),
          ontimeout: () => done(0),
          onabort: () => done(0),
        });
      } catch (err) {
        done(0);
      }
      return true;
    }

    function start() {
      if (!state.token && !env.noPrompt) {
        askPort();
        askToken();
      }
      if (api.menu) {
        api.menu('设置端口 / Set port', askPort);
        api.menu('设置口令 / Set token', askToken);
        api.menu('暂停或继续 / Pause or resume', togglePause);
      }
      attach();
      if (!env.manualTimers) {
        setI(attach, FIND_LIST_MS);
        setI(flush, FLUSH_MS);
      }
      return bridge;
    }

    function stop() {
      for (const o of observers) o.disconnect();
      observers.length = 0;
    }

    const bridge = { state, start, stop, attach, scanAll, flush, askPort, askToken, togglePause, setStatus };
    return bridge;
  }

  const exported = {
    textOf,
    cleanName,
    cleanText,
    classifyNotice,
    splitNotice,
    extractDouyinRoom,
    extractDouyinConsole,
    extractKuaishouConsole,
    extractKuaishouRoom,
    extractTaobao,
    extractWeixin,
    SITES,
    siteFor,
    findItems,
    toMessage,
    createBridge,
    STATUS_TEXT,
    limits: { FLUSH_MS, MAX_BATCH, MAX_BATCH_BYTES, MAX_QUEUE, DEFAULT_PORT },
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = exported; // tests (node --test)
  } else if (typeof GM_xmlhttpRequest !== 'undefined' && root.document && !root.__vhostBridge) {
    // The userscript manager's API is in this script's scope, not always on globalThis.
    /* global GM_xmlhttpRequest, GM_getValue, GM_setValue, GM_registerMenuCommand */
    root.__vhostBridge = createBridge({
      GM_xmlhttpRequest: GM_xmlhttpRequest,
      GM_getValue: GM_getValue,
      GM_setValue: GM_setValue,
      GM_registerMenuCommand: typeof GM_registerMenuCommand !== 'undefined' ? GM_registerMenuCommand : null,
    }).start();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
