// Tests for vhost/assets/bridge/vhost-bridge.user.js — run: cd tests/bridge_js && node --test
//
// The userscript's pure functions are loaded with require() (the script exports them when
// `module` exists). The DOM is jsdom; GM_* are stubs standing in for the userscript manager
// (Tampermonkey/Violentmonkey): they are the environment, not the code under test.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const SCRIPT = path.join(__dirname, '..', '..', 'vhost', 'assets', 'bridge', 'vhost-bridge.user.js');
const bridgeJs = require(SCRIPT);

const ALLOWED_FIELDS = ['id', 'kind', 'name', 'platform', 'text', 'user'];

const FIXTURES = {
  'douyin-room': { file: 'douyin-room.html', url: 'https://live.douyin.com/123456789', list: '.webcast-chatroom___items > div', platform: 'douyin' },
  'douyin-console': { file: 'douyin-console.html', url: 'https://buyin.jinritemai.com/dashboard/live/control', list: '#comment-list-wrapper', platform: 'douyin' },
  'kuaishou-console': { file: 'kuaishou-console.html', url: 'https://zs.kwaixiaodian.com/page/helper', list: '.ReactVirtualized__Grid__innerScrollContainer', platform: 'kuaishou' },
  'kuaishou-room': { file: 'kuaishou-room.html', url: 'https://live.kuaishou.com/u/abc123', list: '.chat-history', platform: 'kuaishou' },
  'taobao-console': { file: 'taobao-console.html', url: 'https://liveplatform.taobao.com/restful/index/live/control?liveId=1', list: '.tc-comment-list > div > div > div', platform: 'taobao' },
  'weixin-console': { file: 'weixin-console.html', url: 'https://channels.weixin.qq.com/platform/live/liveBuild', list: '.vue-recycle-scroller__item-wrapper', platform: 'weixin' },
};

function load(key) {
  const fx = FIXTURES[key];
  const html = fs.readFileSync(path.join(__dirname, 'fixtures', fx.file), 'utf8');
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url: fx.url });
  return { dom, window: dom.window, document: dom.window.document, fx };
}

/** The template's elements, cloned into the document (so closest() works). */
function incoming(document, id = 'incoming') {
  const tpl = document.getElementById(id);
  return Array.from(tpl.content.children).map((el) => document.importNode(el, true));
}

/** The chat item inside an appended row (rows may wrap the item, as virtual lists do). */
function itemOf(site, row) {
  return row.matches(site.item) ? row : row.querySelector(site.item);
}

function expected(row) {
  const el = row.hasAttribute('data-expect-kind') ? row : row.querySelector('[data-expect-kind]');
  return { kind: el.getAttribute('data-expect-kind'), name: el.getAttribute('data-expect-name'), text: el.getAttribute('data-expect-text') };
}

/** A stand-in for the userscript manager: storage, menu, and a recorded GM_xmlhttpRequest. */
function makeGM(values = {}) {
  const store = { vhost_port: 8765, vhost_token: 'tok-0123456789abcdefghij', ...values };
  const gm = {
    store,
    requests: [],
    menus: [],
    reply: { status: 202, responseHeaders: '' },
    GM_getValue: (k, d) => (k in store ? store[k] : d),
    GM_setValue: (k, v) => { store[k] = v; },
    GM_registerMenuCommand: (label, fn) => { gm.menus.push({ label, fn }); },
    GM_xmlhttpRequest: (req) => {
      gm.requests.push(req);
      const r = gm.reply;
      if (r === 'error') req.onerror({});
      else if (r === 'timeout') req.ontimeout({});
      else if (r !== 'hold') req.onload({ status: r.status, responseHeaders: r.responseHeaders || '', responseText: '{}' });
    },
  };
  return gm;
}

function makeBridge(ctx, gm, extra = {}) {
  const clock = { t: 1_000_000 };
  const bridge = bridgeJs.createBridge({
    ...gm,
    document: ctx.document,
    window: ctx.window,
    location: ctx.window.location,
    MutationObserver: ctx.window.MutationObserver,
    now: () => clock.t,
    manualTimers: true,
    noPrompt: true,
    ...extra,
  });
  bridge.clock = clock;
  return bridge.start();
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const sentMessages = (gm) => gm.requests.flatMap((r) => JSON.parse(r.data));

// ---- extraction, site by site ---------------------------------------------------------------
for (const key of Object.keys(FIXTURES)) {
  test(`${key}: items are read with the right kind, name and text`, () => {
    const ctx = load(key);
    const site = bridgeJs.siteFor(ctx.window.location);
    assert.ok(site, 'the fixture URL matches a site');
    assert.equal(site.key, key);
    const list = ctx.document.querySelector(ctx.fx.list);
    const templates = ['incoming', 'bottom'].filter((id) => ctx.document.getElementById(id));
    let checked = 0;
    for (const id of templates) {
      const target = id === 'bottom' ? ctx.document.querySelector('.webcast-chatroom___bottom-message') : list;
      for (const row of incoming(ctx.document, id)) {
        target.appendChild(row);
        const item = itemOf(site, row);
        assert.ok(item, `the site's item selector finds the row in ${id}`);
        const want = expected(row);
        const got = bridgeJs.toMessage(site, item, 1);
        if (want.kind === 'none') {
          assert.equal(got, null, `skipped: ${row.textContent.trim()}`);
        } else {
          assert.ok(got, `read: ${row.textContent.trim()}`);
          assert.deepEqual(
            { kind: got.message.kind, name: got.message.name, text: got.message.text, platform: got.message.platform },
            { kind: want.kind, name: want.name, text: want.text, platform: ctx.fx.platform },
          );
        }
        checked++;
      }
    }
    assert.ok(checked >= 2);
  });
}

test('each extractor is a pure function of one element', () => {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const el = document.createElement('div');
  el.innerHTML = '<div class="tc-comment-item-userinfo-name">买家</div><div class="tc-comment-item-content"><span>在吗</span></div>';
  assert.deepEqual(bridgeJs.extractTaobao(el), { name: '买家', text: '在吗', kind: 'comment' });
  el.innerHTML = '<span class="message-username-desc">用户</span><span class="message-content">你好 <img alt="[微笑]"></span>';
  assert.deepEqual(bridgeJs.extractWeixin(el), { name: '用户', text: '你好 [微笑]', kind: 'comment' });
});

test('notices: gifts, likes, follows, entries and orders are told apart; system lines and buttons are skipped', () => {
  const c = bridgeJs.classifyNotice;
  assert.equal(c('送出了 小心心 ×1').kind, 'gift');
  assert.equal(c('为主播点赞了').kind, 'like');
  assert.equal(c('关注了主播').kind, 'follow');
  assert.equal(c('加入了粉丝团').kind, 'follow');
  assert.equal(c('来了').kind, 'enter');
  assert.equal(c('进入直播间').kind, 'enter');
  assert.equal(c('下单了').kind, 'order');
  assert.equal(c('正在购买 3号链接').kind, 'order');
  assert.equal(c('去购买'), null);
  assert.deepEqual(bridgeJs.splitNotice('小王 下单了'), ['小王', '下单了']);
  assert.equal(c('欢迎来到直播间！'), null);
  assert.equal(c('这个多少钱'), null);
  assert.deepEqual(bridgeJs.splitNotice('路人甲 来了'), ['路人甲', '来了']);
  assert.deepEqual(bridgeJs.splitNotice('小红：送出了 玫瑰 ×3'), ['小红', '送出了 玫瑰 ×3']);
});

test('sites are chosen by URL, and only on live pages', () => {
  const at = (url) => bridgeJs.siteFor(new URL(url));
  assert.equal(at('https://live.douyin.com/745964462470').key, 'douyin-room');
  assert.equal(at('https://www.douyin.com/follow/live/745964462470').key, 'douyin-room');
  assert.equal(at('https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control').key, 'douyin-console');
  assert.equal(at('https://buyin.jinritemai.com/dashboard'), null);
  assert.equal(at('https://zs.kwaixiaodian.com/page/helper').key, 'kuaishou-console');
  assert.equal(at('https://liveplatform.taobao.com/restful/index/live/control?liveId=9').key, 'taobao-console');
  assert.equal(at('https://channels.weixin.qq.com/platform/live/liveBuild').key, 'weixin-console');
  assert.equal(at('https://channels.weixin.qq.com/platform'), null);
  assert.equal(at('https://www.taobao.com/'), null);
});

// ---- the bridge: backlog, de-duplication, batching, transport --------------------------------
for (const key of Object.keys(FIXTURES)) {
  test(`${key}: only new items are posted, through GM_xmlhttpRequest, with the Bearer token and only the bridge's fields`, async () => {
    const ctx = load(key);
    const gm = makeGM();
    const bridge = makeBridge(ctx, gm);
    const list = ctx.document.querySelector(ctx.fx.list);
    const backlogText = list.textContent;
    const want = [];
    for (const row of incoming(ctx.document)) {
      const e = expected(row);
      if (e.kind !== 'none') want.push(e);
      list.appendChild(row);
    }
    await settle();
    assert.equal(bridge.flush(), true);
    assert.equal(gm.requests.length, 1);
    const req = gm.requests[0];
    assert.equal(req.method, 'POST');
    assert.equal(req.url, 'http://127.0.0.1:8765/chat');
    assert.equal(req.headers.Authorization, 'Bearer tok-0123456789abcdefghij');
    assert.equal(req.headers['Content-Type'], 'application/json');
    assert.equal(req.anonymous, true, 'no cookies go with the request');
    assert.ok(!Object.keys(req.headers).some((h) => /cookie/i.test(h)));
    const sent = JSON.parse(req.data);
    for (const m of sent) {
      assert.deepEqual(Object.keys(m).sort(), ALLOWED_FIELDS);
      assert.equal(m.platform, ctx.fx.platform);
      assert.ok(!/[<>]/.test(m.text), 'no HTML is sent');
      assert.ok(!backlogText.includes(m.text) || m.text === '', `backlog item was sent: ${m.text}`);
    }
    assert.deepEqual(sent.map((m) => [m.kind, m.name, m.text]), want.map((w) => [w.kind, w.name, w.text]));
    assert.equal(bridge.state.status, 'connected');
    bridge.stop();
  });
}

test('douyin: the sticky bottom line (来了 / 点赞了) is read as enter / like', async () => {
  const ctx = load('douyin-room');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  const bottom = ctx.document.querySelector('.webcast-chatroom___bottom-message');
  const [enter, like] = incoming(ctx.document, 'bottom');
  bottom.appendChild(enter);
  await settle();
  bottom.replaceChild(like, enter); // the line is replaced in place
  await settle();
  bridge.flush();
  assert.deepEqual(sentMessages(gm).map((m) => [m.kind, m.name]), [['enter', '路人甲'], ['like', '路人乙']]);
});

test('items present at start (backlog) are never sent', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  await settle();
  assert.equal(bridge.flush(), false);
  assert.equal(gm.requests.length, 0);
  // The list re-renders its old rows (a virtual list scrolled back): still nothing.
  const list = ctx.document.querySelector('#comment-list-wrapper');
  const old = list.firstElementChild;
  list.replaceChild(old.cloneNode(true), old);
  await settle();
  assert.equal(bridge.flush(), false);
});

test('duplicates are not sent twice (re-rendered node, recycled node, unrelated mutation)', async () => {
  const ctx = load('weixin-console');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  const wrapper = ctx.document.querySelector('.vue-recycle-scroller__item-wrapper');
  const [row] = incoming(ctx.document);
  wrapper.appendChild(row);
  await settle();
  row.setAttribute('style', 'transform:translateY(120px)'); // moved, same content
  wrapper.appendChild(row.cloneNode(true)); // the same message rendered again
  await settle();
  bridge.flush();
  assert.equal(sentMessages(gm).length, 1);
  // A recycled view gets new content: that is a new message.
  const view = wrapper.lastElementChild;
  view.querySelector('[data-index]').setAttribute('data-index', '7');
  view.querySelector('.message-username-desc').textContent = '新用户';
  view.querySelector('.message-content').textContent = '有现货吗';
  await settle();
  bridge.flush();
  assert.deepEqual(sentMessages(gm).map((m) => m.text), ['怎么买', '有现货吗']);
});

test('the list in a wujie shadow root (视频号) is found too', async () => {
  const ctx = load('weixin-console');
  const { document } = ctx;
  const host = document.createElement('wujie-app');
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.appendChild(document.querySelector('.live-message-scroller-container'));
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  shadow.querySelector('.vue-recycle-scroller__item-wrapper').appendChild(incoming(document)[0]);
  await settle();
  bridge.flush();
  assert.deepEqual(sentMessages(gm).map((m) => m.text), ['怎么买']);
});

function addComments(document, list, n, text = (i) => `评论${i}`) {
  for (let i = 0; i < n; i++) {
    const row = document.createElement('div');
    row.className = 'commentItem-a1b2c';
    row.innerHTML = `<div class="nickname-x9">用户${i}：</div><div class="description-q1">${text(i)}</div>`;
    list.appendChild(row);
  }
}

test('batches cap at 50 messages per POST', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  addComments(ctx.document, ctx.document.querySelector('#comment-list-wrapper'), 120);
  await settle();
  while (bridge.flush());
  assert.deepEqual(gm.requests.map((r) => JSON.parse(r.data).length), [50, 50, 20]);
  assert.equal(new Set(sentMessages(gm).map((m) => m.text)).size, 120);
});

test('batches also stay under the bridge\'s 64 KiB body limit', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  addComments(ctx.document, ctx.document.querySelector('#comment-list-wrapper'), 60, (i) => `${i}`.padEnd(500, '长'));
  await settle();
  while (bridge.flush());
  for (const r of gm.requests) assert.ok(Buffer.byteLength(r.data) <= 64 * 1024, `${Buffer.byteLength(r.data)} bytes`);
  assert.equal(sentMessages(gm).length, 60);
  assert.ok(gm.requests.length >= 2);
});

test('a 401 stops sending, shows "token wrong", and a new token resumes', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  gm.reply = { status: 401 };
  const answers = ['tok-NEW-0123456789abcdefghij'];
  const bridge = makeBridge(ctx, gm, { prompt: () => answers.shift() });
  const list = ctx.document.querySelector('#comment-list-wrapper');
  addComments(ctx.document, list, 3);
  await settle();
  assert.equal(bridge.flush(), true);
  assert.equal(bridge.state.status, 'token');
  const badge = ctx.document.querySelector('[data-vhost-bridge="status"]');
  assert.match(badge.textContent, /口令错误/);
  addComments(ctx.document, list, 2, (i) => `之后${i}`);
  await settle();
  assert.equal(bridge.flush(), false, 'nothing is sent while the token is wrong');
  assert.equal(gm.requests.length, 1);
  // The merchant sets the right token from the menu.
  gm.reply = { status: 202 };
  gm.menus.find((m) => /Set token/.test(m.label)).fn();
  assert.equal(gm.store.vhost_token, 'tok-NEW-0123456789abcdefghij');
  addComments(ctx.document, list, 1, () => '新口令之后');
  await settle();
  assert.equal(bridge.flush(), true);
  const last = gm.requests[gm.requests.length - 1];
  assert.equal(last.headers.Authorization, 'Bearer tok-NEW-0123456789abcdefghij');
  assert.deepEqual(JSON.parse(last.data).map((m) => m.text), ['新口令之后'], 'what came while refused is not replayed');
});

test('vhost not running: retried with backoff, queue kept and capped (oldest dropped)', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  gm.reply = 'error';
  const bridge = makeBridge(ctx, gm);
  const list = ctx.document.querySelector('#comment-list-wrapper');
  addComments(ctx.document, list, 5);
  await settle();
  assert.equal(bridge.flush(), true);
  assert.equal(bridge.state.status, 'offline');
  assert.match(ctx.document.querySelector('[data-vhost-bridge="status"]').textContent, /未运行/);
  assert.equal(bridge.state.queue.length, 5);
  assert.equal(bridge.flush(), false, 'waits before retrying');
  bridge.clock.t += 1000;
  assert.equal(bridge.flush(), true, 'retries after 1 s');
  assert.equal(bridge.flush(), false);
  bridge.clock.t += 1000;
  assert.equal(bridge.flush(), false, 'the second wait is longer (2 s)');
  bridge.clock.t += 1000;
  // Many comments while vhost is away: the queue keeps the newest 200.
  addComments(ctx.document, list, 300, (i) => `离线${i}`);
  await settle();
  assert.equal(bridge.state.queue.length, bridgeJs.limits.MAX_QUEUE);
  assert.equal(bridge.state.queue[bridge.state.queue.length - 1].text, '离线299');
  gm.reply = { status: 202 };
  while (bridge.flush());
  assert.equal(bridge.state.status, 'connected');
  assert.equal(bridge.state.queue.length, 0);
  assert.equal(sentMessages(gm).filter((m) => m.text === '离线299').length, 1);
});

test('429: waits Retry-After, then sends the same batch', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  gm.reply = { status: 429, responseHeaders: 'content-type: application/json\r\nretry-after: 2\r\n' };
  const bridge = makeBridge(ctx, gm);
  addComments(ctx.document, ctx.document.querySelector('#comment-list-wrapper'), 2);
  await settle();
  bridge.flush();
  gm.reply = { status: 202 };
  bridge.clock.t += 1500;
  assert.equal(bridge.flush(), false);
  bridge.clock.t += 600;
  assert.equal(bridge.flush(), true);
  assert.deepEqual(JSON.parse(gm.requests[1].data), JSON.parse(gm.requests[0].data));
});

test('pause: nothing is collected or sent; on resume what was said meanwhile is not replayed', async () => {
  const ctx = load('douyin-console');
  const gm = makeGM();
  const bridge = makeBridge(ctx, gm);
  const list = ctx.document.querySelector('#comment-list-wrapper');
  gm.menus.find((m) => /Pause/.test(m.label)).fn();
  assert.equal(gm.store.vhost_paused, true);
  addComments(ctx.document, list, 2, (i) => `暂停中${i}`);
  await settle();
  assert.equal(bridge.flush(), false);
  gm.menus.find((m) => /Pause/.test(m.label)).fn();
  addComments(ctx.document, list, 1, () => '继续之后');
  await settle();
  bridge.flush();
  assert.deepEqual(sentMessages(gm).map((m) => m.text), ['继续之后']);
});

test('first run asks for the port and the token and keeps them', () => {
  const ctx = load('taobao-console');
  const gm = makeGM({ vhost_token: '', vhost_port: undefined });
  delete gm.store.vhost_port;
  const answers = ['9000', 'tok-first-run-0123456789ab'];
  const bridge = makeBridge(ctx, gm, { noPrompt: false, prompt: () => answers.shift() });
  assert.equal(gm.store.vhost_port, 9000);
  assert.equal(gm.store.vhost_token, 'tok-first-run-0123456789ab');
  assert.equal(bridge.state.port, 9000);
  assert.deepEqual(gm.menus.map((m) => m.label), ['设置端口 / Set port', '设置口令 / Set token', '暂停或继续 / Pause or resume']);
});

test('the userscript metadata block is complete', () => {
  const src = fs.readFileSync(SCRIPT, 'utf8');
  const meta = src.slice(src.indexOf('// ==UserScript=='), src.indexOf('// ==/UserScript=='));
  for (const line of [
    '@name         vhost chat bridge',
    '@version      1.0.0',
    '@grant        GM_xmlhttpRequest',
    '@grant        GM_getValue',
    '@grant        GM_setValue',
    '@grant        GM_registerMenuCommand',
    '@connect      127.0.0.1',
    '@connect      localhost',
    '@run-at       document-idle',
  ]) assert.ok(meta.includes(line), line);
  assert.match(meta, /@namespace\s+\S+/);
  assert.match(meta, /@description\s+.*[\u4e00-\u9fff].*[A-Za-z]{4}/);
  for (const host of ['live.douyin.com', 'buyin.jinritemai.com', 'zs.kwaixiaodian.com', 'live.kuaishou.com', 'liveplatform.taobao.com', 'channels.weixin.qq.com']) {
    assert.ok(meta.includes(`@match        https://${host}/`), host);
  }
  // It talks to this machine only, through the manager (never the page's fetch).
  assert.ok(!/\bfetch\(/.test(src));
  assert.ok(!/document\.cookie/.test(src));
  assert.ok(!/outerHTML|innerHTML/.test(src));
});

test('as a userscript (no `module`, GM_* from the manager) it starts by itself', async () => {
  const vm = require('node:vm');
  const ctx = load('taobao-console');
  const gm = makeGM({ vhost_token: '' });
  const asked = [];
  ctx.window.prompt = (q, d) => { asked.push(q); return asked.length === 1 ? '8765' : 'tok-userscript-0123456789ab'; };
  const intervals = [];
  const sandbox = {
    ...gm,
    window: ctx.window,
    document: ctx.document,
    location: ctx.window.location,
    setInterval: (fn, ms) => { intervals.push({ fn, ms }); return intervals.length; },
    setTimeout,
    TextEncoder,
  };
  vm.runInNewContext(fs.readFileSync(SCRIPT, 'utf8'), sandbox, { filename: 'vhost-bridge.user.js' });
  assert.ok(sandbox.__vhostBridge, 'started');
  assert.equal(asked.length, 2, 'asked for port and token on first run');
  assert.equal(gm.store.vhost_token, 'tok-userscript-0123456789ab');
  assert.deepEqual(intervals.map((i) => i.ms).sort((a, b) => a - b), [300, 1000]);
  const list = ctx.document.querySelector('.tc-comment-list > div > div > div');
  list.appendChild(incoming(ctx.document)[1]);
  await settle();
  intervals.find((i) => i.ms === 300).fn(); // the 300 ms batch timer fires
  assert.deepEqual(sentMessages(gm).map((m) => [m.kind, m.name, m.text, m.platform]), [['comment', 'tb_买家B', '发货快吗', 'taobao']]);
  assert.match(ctx.document.querySelector('[data-vhost-bridge="status"]').textContent, /已连接/);
});
