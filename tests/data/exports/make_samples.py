# ruff: noqa: E501 - the samples are data tables, one row per line
"""Regenerate the shop-export sample files and expected.json in this folder.

Run:  python tests/data/exports/make_samples.py

Every file is written from the data tables below, deterministically (fixed
workbook timestamps, fixed ordering), so the encoded / binary samples can be
reviewed here instead of in a hex editor.  The column layouts and the reasons
behind them are described in docs/catalog.md.

Expected-results rules (what a correct importer must produce):
  * money is a string, written value normalised the way Decimal would keep it:
    "129.00" -> "129.00", "1,299.00" -> "1299.00", "¥59" -> "59", 8.5 -> "8.5";
  * a product with variants: price = lowest price of a variant in stock (a
    sold-out variant's price is never offered; all of them when all are sold
    out), original_price = that variant's (first one in file order on ties),
    or null; stock = sum of variant stocks;
  * Pinduoduo's 单买价 (the price bought alone) is not a former price, so it
    is never an original_price;
  * a product without real variants (single SKU, Shopify "Default Title",
    WooCommerce simple) has variants == [] and carries its own sku;
  * description = HTML tags stripped, entities decoded, block tags and line
    breaks (also WooCommerce's literal "\\n") turned into spaces, whitespace
    collapsed, trimmed; null when the export has no description column;
  * images = product-level image URLs in file order (variant/SKU images excluded).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = _dt.datetime(2024, 5, 1, 12, 0, 0)


def _csv_text(rows, delimiter=",", lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _product(
    pid,
    title,
    variants,
    *,
    description=None,
    images=(),
    sku=None,
    price=None,
    original_price=None,
    stock=None,
):
    """Build an expected product; derive totals from variants when present."""
    if variants:
        buyable = [i for i, v in enumerate(variants) if v["stock"] != 0] or range(len(variants))
        cheapest = min(buyable, key=lambda i: (float(variants[i]["price"]), i))
        price = variants[cheapest]["price"]
        original_price = variants[cheapest]["original_price"]
        stock = sum(v["stock"] for v in variants)
    return {
        "id": pid,
        "title": title,
        "price": price,
        "original_price": original_price,
        "stock": stock,
        "sku": sku,
        "description": description,
        "images": list(images),
        "variants": variants,
    }


def _v(options, price, original_price, stock, sku):
    return {"options": options, "price": price, "original_price": original_price, "stock": stock, "sku": sku}


EXPECTED: dict[str, list] = {}

# ---------------------------------------------------------------- taobao ---
# 淘宝助理 / 千牛 "宝贝" CSV: line 1 "version 1.00", line 2 English field
# names, line 3 Chinese headings, then one row per item; tab separated.
TAOBAO_EN = (
    "title cid seller_cids stuff_status location_state location_city "
    "item_type price auction_increment num valid_thru freight_payer "
    "post_fee ems_fee express_fee has_invoice has_warranty "
    "approve_status has_showcase list_time description cateProps "
    "postage_id has_discount modified upload_fail_msg picture_status "
    "auction_point picture video skuProps inputPids inputValues "
    "outer_id propAlias auto_fill num_id local_cid navigation_type "
    "user_name syncStatus is_lighting_consigment is_xinpin foodparame "
    "features buyareatype global_stock_type global_stock_country "
    "sub_stock_type item_size item_weight sell_promise "
    "custom_design_flag wireless_desc barcode sku_barcode newprepay "
    "subtitle cpv_memo input_custom_cpv qualification "
    "add_qualification o2o_bind_service"
).split()
TAOBAO_CN = (
    "宝贝名称 宝贝类目 店铺类目 新旧程度 省 城市 出售方式 宝贝价格 加价幅度 "
    "宝贝数量 有效期 运费承担 平邮 EMS 快递 发票 保修 放入仓库 橱窗推荐 开始时间 "
    "宝贝描述 宝贝属性 邮费模版ID 会员打折 修改时间 上传状态 图片状态 返点比例 "
    "新图片 视频 销售属性组合 用户输入ID串 用户输入名-值对 商家编码 销售属性别名 "
    "代充类型 数字ID 本地ID 宝贝分类 用户名称 宝贝状态 闪电发货 新品 食品专项 "
    "尺码库 采购地 库存类型 国家地区 库存计数 物流体积 物流重量 退换货承诺 定制工具 "
    "无线详情 商品条形码 sku_条形码 7天退货 宝贝卖点 属性值备注 自定义属性值 "
    "商品资质 增加商品资质 关联线下服务"
).split()
TAOBAO_CN[TAOBAO_CN.index("sku_条形码")] = "sku 条形码"
assert len(TAOBAO_EN) == len(TAOBAO_CN) == 63

TB_IMG = "https://img.alicdn.com/imgextra/i{}/2200123456789/O1CN01{}_!!2200123456789.jpg"
taobao_items = [
    dict(
        title="【𠮷野家联名】重磅纯棉宽松短袖T恤男女同款夏季",
        cid="50000436",
        price="89.00",
        num="67",
        description=(
            '<p><img src="https://img.alicdn.com/imgextra/i3/2200123456789/'
            'O1CN01desc01.jpg" /></p><p>面料：100%新疆长绒棉，<b>230g</b>重磅</p>'
            "<p>尺码建议：身高170选M，180选L</p>"
        ),
        cateProps="20000:3275069;1627207:-1001;1627207:28341;20509:28315;20509:28316;",
        picture=(
            "5f1c0a9d2b7e4c3a8d6e1f2a3b4c5d6e:1:0:|" + TB_IMG.format(1, "TshirtA") + ";"
            "6a2d1b0e3c8f5d4b9e7f2a3b4c5d6e7f:1:1:|" + TB_IMG.format(2, "TshirtB") + ";"
            "7b3e2c1f4d9a6e5c0f8a3b4c5d6e7f8a:2:0:1627207:-1001|" + TB_IMG.format(3, "TshirtBlue") + ";"
        ),
        skuProps=(
            "89.00:12:TS-2024-BL-M:1627207:-1001;20509:28315;"
            "89.00:0:TS-2024-BL-L:1627207:-1001;20509:28316;"
            "99.00:30:TS-2024-BK-M:1627207:28341;20509:28315;"
            "99.00:25:TS-2024-BK-L:1627207:28341;20509:28316;"
        ),
        outer_id="TS-2024",
        propAlias="1627207:28341:经典黑;",
        num_id="680012345678",
        subtitle="重磅纯棉 不透不变形",
        input_custom_cpv="1627207:-1001:雾霾蓝;",
    ),
    dict(
        title="古法手工红糖姜茶 12袋装 暖宫驱寒",
        cid="50026800",
        price="29.90",
        num="500",
        description="<p>古法熬制，姜味浓郁。</p><p>每袋&nbsp;15g，热水冲泡即可。</p>",
        cateProps="",
        picture="8c4f3d2a5e0b7f6d1a9b4c5d6e7f8a9b:1:0:|" + TB_IMG.format(4, "GingerTea") + ";",
        skuProps="",
        outer_id="JC-012",
        propAlias="",
        num_id="680098765432",
        subtitle="古法熬制",
        input_custom_cpv="",
    ),
]
TB_DEFAULTS = dict(
    stuff_status="1",
    location_state="浙江",
    location_city="杭州",
    item_type="1",
    auction_increment="0",
    valid_thru="7",
    freight_payer="2",
    post_fee="0",
    ems_fee="0",
    express_fee="0",
    has_invoice="0",
    has_warranty="0",
    approve_status="1",
    has_showcase="0",
    postage_id="12345678901",
    has_discount="0",
    modified="2024/4/28 10:15:32",
    upload_fail_msg="200",
    picture_status="2;2;",
    auction_point="0",
    auto_fill="0",
    local_cid="0",
    navigation_type="1",
    user_name="示例小店",
    syncStatus="1",
    sell_promise="1",
    newprepay="1",
    is_lighting_consigment="32",
    global_stock_type="-1",
    sub_stock_type="1",
    item_size="bulk:0.000000",
    item_weight="0",
)
rows = [["version 1.00"], TAOBAO_EN, TAOBAO_CN]
for it in taobao_items:
    d = dict(TB_DEFAULTS, **it)
    rows.append([d.get(k, "") for k in TAOBAO_EN])
(HERE / "taobao.csv").write_bytes(_csv_text(rows, delimiter="\t").encode("gb18030"))
EXPECTED["taobao.csv"] = [
    _product(
        "680012345678",
        taobao_items[0]["title"],
        [
            _v({"颜色分类": "雾霾蓝", "尺码": "M"}, "89.00", None, 12, "TS-2024-BL-M"),
            _v({"颜色分类": "雾霾蓝", "尺码": "L"}, "89.00", None, 0, "TS-2024-BL-L"),
            _v({"颜色分类": "经典黑", "尺码": "M"}, "99.00", None, 30, "TS-2024-BK-M"),
            _v({"颜色分类": "经典黑", "尺码": "L"}, "99.00", None, 25, "TS-2024-BK-L"),
        ],
        description="面料：100%新疆长绒棉，230g重磅 尺码建议：身高170选M，180选L",
        images=[TB_IMG.format(1, "TshirtA"), TB_IMG.format(2, "TshirtB")],
    ),
    _product(
        "680098765432",
        taobao_items[1]["title"],
        [],
        sku="JC-012",
        price="29.90",
        original_price=None,
        stock=500,
        description="古法熬制，姜味浓郁。 每袋 15g，热水冲泡即可。",
        images=[TB_IMG.format(4, "GingerTea")],
    ),
]

# -------------------------------------------------------------------- jd ---
JD_HEAD = [
    "商品ID",
    "SKU编码",
    "商品名称",
    "销售属性",
    "京东价",
    "市场价",
    "库存",
    "商家SKU编码",
    "主图",
    "上下柜状态",
]
JD_IMG = "https://img14.360buyimg.com/n0/jfs/t1/{}/{}.jpg"
jd_rows = [
    [
        "10087654321",
        "100012345601",
        "轻跑者 男子缓震跑步鞋 透气网面",
        "颜色：曜石黑；尺码：41",
        "1,299.00",
        "1,599.00",
        "8",
        "RUN-BK-41",
        JD_IMG.format(21001, "run-black"),
        "上柜",
    ],
    [
        "10087654321",
        "100012345602",
        "轻跑者 男子缓震跑步鞋 透气网面",
        "颜色：曜石黑；尺码：42",
        "1,299.00",
        "1,599.00",
        "0",
        "RUN-BK-42",
        JD_IMG.format(21001, "run-black"),
        "上柜",
    ],
    [
        "10087654321",
        "100012345603",
        "轻跑者 男子缓震跑步鞋 透气网面",
        "颜色：冰川白；尺码：42",
        "1,349.00",
        "1,599.00",
        "15",
        "RUN-WH-42",
        JD_IMG.format(21002, "run-white"),
        "上柜",
    ],
    [
        "10087654399",
        "100012349999",
        "304不锈钢保温杯 500ml 商务款",
        "",
        "89.00",
        "129.00",
        "1,200",
        "CUP-500",
        JD_IMG.format(21003, "cup"),
        "上柜",
    ],
]
(HERE / "jd.csv").write_bytes(_csv_text([JD_HEAD] + jd_rows).encode("gbk"))
EXPECTED["jd.csv"] = [
    _product(
        "10087654321",
        "轻跑者 男子缓震跑步鞋 透气网面",
        [
            _v({"颜色": "曜石黑", "尺码": "41"}, "1299.00", "1599.00", 8, "RUN-BK-41"),
            _v({"颜色": "曜石黑", "尺码": "42"}, "1299.00", "1599.00", 0, "RUN-BK-42"),
            _v({"颜色": "冰川白", "尺码": "42"}, "1349.00", "1599.00", 15, "RUN-WH-42"),
        ],
        images=[JD_IMG.format(21001, "run-black")],
    ),
    _product(
        "10087654399",
        "304不锈钢保温杯 500ml 商务款",
        [],
        sku="CUP-500",
        price="89.00",
        original_price="129.00",
        stock=1200,
        images=[JD_IMG.format(21003, "cup")],
    ),
]

# ------------------------------------------------------------- pinduoduo ---
PDD_HEAD = [
    "商品ID",
    "商品名称",
    "商品编码",
    "SKU ID",
    "规格",
    "拼单价(元)",
    "单买价(元)",
    "库存",
    "SKU编码",
    "商品主图",
    "商品状态",
]
PDD_IMG = "https://img.pddpic.com/mms-material-img/2024-04-20/{}.jpeg"
pdd_title = "宠物猫窝冬季保暖封闭式猫屋 可拆洗"
pdd_rows = [
    [
        "523456789012",
        pdd_title,
        "CAT-HOUSE",
        "1234567890001",
        "颜色:粉色;尺寸:中号",
        "39.9",
        "49.9",
        "120",
        "CH-PK-M",
        PDD_IMG.format("cat-house-1"),
        "在售中",
    ],
    [
        "523456789012",
        pdd_title,
        "CAT-HOUSE",
        "1234567890002",
        "颜色:粉色;尺寸:大号",
        "59.9",
        "69.9",
        "0",
        "CH-PK-L",
        PDD_IMG.format("cat-house-1"),
        "在售中",
    ],
    [
        "523456789012",
        pdd_title,
        "CAT-HOUSE",
        "1234567890003",
        "颜色:灰色;尺寸:中号",
        "39.9",
        "49.9",
        "80",
        "CH-GY-M",
        PDD_IMG.format("cat-house-1"),
        "在售中",
    ],
    [
        "523456789012",
        pdd_title,
        "CAT-HOUSE",
        "1234567890004",
        "颜色:灰色;尺寸:大号",
        "59.9",
        "69.9",
        "35",
        "CH-GY-L",
        PDD_IMG.format("cat-house-1"),
        "在售中",
    ],
    [
        "523456789099",
        "加厚一次性纸杯 100只装 家用办公",
        "CUP-100",
        "1234567899999",
        "",
        "9.9",
        "12.8",
        "3000",
        "CUP-100",
        PDD_IMG.format("paper-cup"),
        "在售中",
    ],
]
(HERE / "pinduoduo.csv").write_bytes(_csv_text([PDD_HEAD] + pdd_rows).encode("utf-8-sig"))
EXPECTED["pinduoduo.csv"] = [
    _product(
        "523456789012",
        pdd_title,
        [
            _v({"颜色": "粉色", "尺寸": "中号"}, "39.9", None, 120, "CH-PK-M"),
            _v({"颜色": "粉色", "尺寸": "大号"}, "59.9", None, 0, "CH-PK-L"),
            _v({"颜色": "灰色", "尺寸": "中号"}, "39.9", None, 80, "CH-GY-M"),
            _v({"颜色": "灰色", "尺寸": "大号"}, "59.9", None, 35, "CH-GY-L"),
        ],
        sku=None,
        images=[PDD_IMG.format("cat-house-1")],
    ),
    _product(
        "523456789099",
        "加厚一次性纸杯 100只装 家用办公",
        [],
        sku="CUP-100",
        price="9.9",
        original_price=None,
        stock=3000,
        images=[PDD_IMG.format("paper-cup")],
    ),
]

# ---------------------------------------------------------------- douyin ---
DY_HEAD = [
    "商品ID",
    "商品名称",
    "一级类目",
    "二级类目",
    "三级类目",
    "四级类目",
    "商品规格",
    "规格ID（SKUID）",
    "商家SKU编码",
    "商家编码",
    "售价",
    "划线价",
    "库存",
    "商品主图",
    "商品状态",
    "创建时间",
]
DY_IMG = "https://p3-aio.ecombdimg.com/obj/ecom-shop-material/{}.jpg"
dy_title = "小个子高腰阔腿牛仔裤女 春秋款垂感拖地裤"
dy_rows = [
    [
        "3712345678901234567",
        dy_title,
        "女装",
        "裤子",
        "牛仔裤",
        "",
        "颜色:浅蓝色;尺码:S",
        "1780000000000000001",
        "JN-8802-LB-S",
        "JN-8802",
        "129.00",
        "199.00",
        40,
        DY_IMG.format("jeans-main"),
        "在线",
        "2024-03-18 09:30:00",
    ],
    [
        "3712345678901234567",
        dy_title,
        "女装",
        "裤子",
        "牛仔裤",
        "",
        "颜色:浅蓝色;尺码:M",
        "1780000000000000002",
        "JN-8802-LB-M",
        "JN-8802",
        "129.00",
        "199.00",
        0,
        DY_IMG.format("jeans-main"),
        "在线",
        "2024-03-18 09:30:00",
    ],
    [
        "3712345678901234567",
        dy_title,
        "女装",
        "裤子",
        "牛仔裤",
        "",
        "颜色:深蓝色;尺码:S",
        "1780000000000000003",
        "JN-8802-DB-S",
        "JN-8802",
        "139.00",
        "219.00",
        22,
        DY_IMG.format("jeans-main"),
        "在线",
        "2024-03-18 09:30:00",
    ],
    [
        "3712345678901234567",
        dy_title,
        "女装",
        "裤子",
        "牛仔裤",
        "",
        "颜色:深蓝色;尺码:M",
        "1780000000000000004",
        "JN-8802-DB-M",
        "JN-8802",
        "139.00",
        "219.00",
        18,
        DY_IMG.format("jeans-main"),
        "在线",
        "2024-03-18 09:30:00",
    ],
    [
        "3712345678901234567",
        dy_title,
        "女装",
        "裤子",
        "牛仔裤",
        "",
        "颜色:深蓝色;尺码:L",
        "1780000000000000005",
        "JN-8802-DB-L",
        "JN-8802",
        "139.00",
        "219.00",
        6,
        DY_IMG.format("jeans-main"),
        "在线",
        "2024-03-18 09:30:00",
    ],
    [
        "3712345678909876543",
        "玻尿酸补水保湿面膜 10片/盒",
        "美妆",
        "面部护肤",
        "面膜",
        "贴片面膜",
        "",
        "1780000000000000099",
        "MASK-10",
        "MASK-10",
        "69.90",
        "",
        500,
        DY_IMG.format("mask-main"),
        "在线",
        "2024-02-02 14:05:11",
    ],
]


def _write_xlsx(path, title, header, rows, number_formats=None):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col, fmt in (number_formats or {}).items():
        for cell in ws[col][1:]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = fmt
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "make_samples.py"
    wb.save(path)
    _pin_zip_times(path)


def _pin_zip_times(path):
    """Rewrite the xlsx zip with fixed member timestamps (deterministic bytes)."""
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for n in names:
            data[n] = z.read(n)
    # openpyxl stamps dcterms:modified with the current time on save; pin it.
    import re

    data["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>2024-05-01T12:00:00Z\g<2>",
        data["docProps/core.xml"],
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2024, 5, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data[n])


_write_xlsx(HERE / "douyin.xlsx", "商品列表", DY_HEAD, dy_rows)
EXPECTED["douyin.xlsx"] = [
    _product(
        "3712345678901234567",
        dy_title,
        [
            _v({"颜色": "浅蓝色", "尺码": "S"}, "129.00", "199.00", 40, "JN-8802-LB-S"),
            _v({"颜色": "浅蓝色", "尺码": "M"}, "129.00", "199.00", 0, "JN-8802-LB-M"),
            _v({"颜色": "深蓝色", "尺码": "S"}, "139.00", "219.00", 22, "JN-8802-DB-S"),
            _v({"颜色": "深蓝色", "尺码": "M"}, "139.00", "219.00", 18, "JN-8802-DB-M"),
            _v({"颜色": "深蓝色", "尺码": "L"}, "139.00", "219.00", 6, "JN-8802-DB-L"),
        ],
        images=[DY_IMG.format("jeans-main")],
    ),
    _product(
        "3712345678909876543",
        "玻尿酸补水保湿面膜 10片/盒",
        [],
        sku="MASK-10",
        price="69.90",
        original_price=None,
        stock=500,
        images=[DY_IMG.format("mask-main")],
    ),
]

# -------------------------------------------------------------- kuaishou ---
KS_HEAD = ["商品ID", "商品标题", "SKU ID", "SKU规格", "SKU编码", "价格", "库存", "商品主图", "商品状态"]
KS_IMG = "https://ali2.a.kwimgs.com/ufile/atlas/{}.jpg"
ks_title = "云南高山古树红茶 滇红金芽 罐装"
ks_rows = [
    [
        "21345678901",
        ks_title,
        "88012345601",
        "规格:100g罐装",
        "DH-100",
        "¥59.00",
        "200",
        KS_IMG.format("dianhong"),
        "在售",
    ],
    [
        "21345678901",
        ks_title,
        "88012345602",
        "规格:250g罐装",
        "DH-250",
        "¥129.00",
        "0",
        KS_IMG.format("dianhong"),
        "在售",
    ],
    [
        "21345678901",
        ks_title,
        "88012345603",
        "规格:500g礼盒装",
        "DH-500",
        "¥239.00",
        "15",
        KS_IMG.format("dianhong"),
        "在售",
    ],
    [
        "21345678955",
        "天然竹筷子 家用10双装 不发霉",
        "88012349901",
        "",
        "ZK-10",
        "¥19.90",
        "999",
        KS_IMG.format("chopsticks"),
        "在售",
    ],
]
# Excel "Unicode text": UTF-16LE with BOM, tab separated, CRLF.
(HERE / "kuaishou.csv").write_bytes(_csv_text([KS_HEAD] + ks_rows, delimiter="\t").encode("utf-16"))
EXPECTED["kuaishou.csv"] = [
    _product(
        "21345678901",
        ks_title,
        [
            _v({"规格": "100g罐装"}, "59.00", None, 200, "DH-100"),
            _v({"规格": "250g罐装"}, "129.00", None, 0, "DH-250"),
            _v({"规格": "500g礼盒装"}, "239.00", None, 15, "DH-500"),
        ],
        images=[KS_IMG.format("dianhong")],
    ),
    _product(
        "21345678955",
        "天然竹筷子 家用10双装 不发霉",
        [],
        sku="ZK-10",
        price="19.90",
        original_price=None,
        stock=999,
        images=[KS_IMG.format("chopsticks")],
    ),
]

# --------------------------------------------------------------- shopify ---
SH_HEAD = [
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Product Category",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Option3 Name",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Tracker",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Fulfillment Service",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Taxable",
    "Variant Barcode",
    "Image Src",
    "Image Position",
    "Image Alt Text",
    "Gift Card",
    "SEO Title",
    "SEO Description",
    "Variant Image",
    "Variant Weight Unit",
    "Variant Tax Code",
    "Cost per item",
    "Status",
]
SH_IMG = "https://cdn.shopify.com/s/files/1/0612/3456/7890/products/{}.jpg?v=1714550400"


def sh(**kw):
    m = {"Handle": "", **{k: v for k, v in kw.items()}}
    return [m.get(h, "") for h in SH_HEAD]


beanie_body = "<p>Soft <strong>100% merino</strong> wool, knitted in Portugal.</p><ul><li>One size</li><li>Hand wash &amp; dry flat</li></ul>"
tote_body = "<p>Heavy 12&nbsp;oz cotton canvas tote.</p>"
var_common = {
    "Variant Inventory Tracker": "shopify",
    "Variant Inventory Policy": "deny",
    "Variant Fulfillment Service": "manual",
    "Variant Requires Shipping": "true",
    "Variant Taxable": "true",
    "Variant Weight Unit": "kg",
}
sh_rows = [
    sh(
        Handle="merino-wool-beanie",
        Title="Merino Wool Beanie",
        **{"Body (HTML)": beanie_body},
        Vendor="North Loop",
        **{"Product Category": "Apparel & Accessories > Clothing Accessories > Hats"},
        Type="Hats",
        Tags="knit, wool, winter",
        Published="true",
        **{
            "Option1 Name": "Color",
            "Option1 Value": "Charcoal",
            "Variant SKU": "BEANIE-CHR",
            "Variant Grams": "90",
            "Variant Inventory Qty": "14",
            "Variant Price": "24.00",
            "Variant Compare At Price": "30.00",
            "Image Src": SH_IMG.format("beanie-charcoal"),
            "Image Position": "1",
            "Image Alt Text": "Charcoal beanie",
            "Gift Card": "false",
            "Status": "active",
        },
        **var_common,
    ),
    sh(
        Handle="merino-wool-beanie",
        **{
            "Option1 Value": "Mustard",
            "Variant SKU": "BEANIE-MUS",
            "Variant Grams": "90",
            "Variant Inventory Qty": "0",
            "Variant Price": "24.00",
            "Variant Compare At Price": "30.00",
            "Image Src": SH_IMG.format("beanie-mustard"),
            "Image Position": "2",
        },
        **var_common,
    ),
    sh(
        Handle="merino-wool-beanie",
        **{
            "Option1 Value": "Navy",
            "Variant SKU": "BEANIE-NVY",
            "Variant Grams": "90",
            "Variant Inventory Qty": "9",
            "Variant Price": "26.00",
        },
        **var_common,
    ),
    sh(
        Handle="canvas-tote",
        Title="Canvas Tote Bag",
        **{"Body (HTML)": tote_body},
        Vendor="North Loop",
        Type="Bags",
        Tags="",
        Published="true",
        **{
            "Option1 Name": "Size",
            "Option1 Value": "Small",
            "Option2 Name": "Color",
            "Option2 Value": "Natural",
            "Variant SKU": "TOTE-S-NAT",
            "Variant Grams": "300",
            "Variant Inventory Qty": "20",
            "Variant Price": "18.00",
            "Image Src": SH_IMG.format("tote-natural"),
            "Image Position": "1",
            "Gift Card": "false",
            "Status": "active",
        },
        **var_common,
    ),
    sh(
        Handle="canvas-tote",
        **{
            "Option1 Value": "Small",
            "Option2 Value": "Black",
            "Variant SKU": "TOTE-S-BLK",
            "Variant Grams": "300",
            "Variant Inventory Qty": "0",
            "Variant Price": "18.00",
        },
        **var_common,
    ),
    sh(
        Handle="canvas-tote",
        **{
            "Option1 Value": "Large",
            "Option2 Value": "Natural",
            "Variant SKU": "TOTE-L-NAT",
            "Variant Grams": "420",
            "Variant Inventory Qty": "7",
            "Variant Price": "22.50",
            "Variant Compare At Price": "25.00",
            "Image Src": SH_IMG.format("tote-black"),
            "Image Position": "2",
        },
        **var_common,
    ),
    sh(
        Handle="canvas-tote",
        **{
            "Option1 Value": "Large",
            "Option2 Value": "Black",
            "Variant SKU": "TOTE-L-BLK",
            "Variant Grams": "420",
            "Variant Inventory Qty": "3",
            "Variant Price": "22.50",
            "Variant Compare At Price": "25.00",
        },
        **var_common,
    ),
    # image-only row: no variant data at all
    sh(Handle="canvas-tote", **{"Image Src": SH_IMG.format("tote-detail"), "Image Position": "3"}),
    sh(
        Handle="handwritten-note",
        Title="Handwritten Note",
        **{"Body (HTML)": "<p>A short note, written by hand.</p>"},
        Vendor="North Loop",
        Type="Extras",
        Published="true",
        **{
            "Option1 Name": "Title",
            "Option1 Value": "Default Title",
            "Variant SKU": "NOTE-1",
            "Variant Grams": "5",
            "Variant Inventory Qty": "100",
            "Variant Price": "3.50",
            "Image Src": SH_IMG.format("note"),
            "Image Position": "1",
            "Gift Card": "false",
            "Status": "active",
        },
        **var_common,
    ),
]
(HERE / "shopify.csv").write_bytes(_csv_text([SH_HEAD] + sh_rows, lineterminator="\n").encode("utf-8"))
EXPECTED["shopify.csv"] = [
    _product(
        "merino-wool-beanie",
        "Merino Wool Beanie",
        [
            _v({"Color": "Charcoal"}, "24.00", "30.00", 14, "BEANIE-CHR"),
            _v({"Color": "Mustard"}, "24.00", "30.00", 0, "BEANIE-MUS"),
            _v({"Color": "Navy"}, "26.00", None, 9, "BEANIE-NVY"),
        ],
        description="Soft 100% merino wool, knitted in Portugal. One size Hand wash & dry flat",
        images=[SH_IMG.format("beanie-charcoal"), SH_IMG.format("beanie-mustard")],
    ),
    _product(
        "canvas-tote",
        "Canvas Tote Bag",
        [
            _v({"Size": "Small", "Color": "Natural"}, "18.00", None, 20, "TOTE-S-NAT"),
            _v({"Size": "Small", "Color": "Black"}, "18.00", None, 0, "TOTE-S-BLK"),
            _v({"Size": "Large", "Color": "Natural"}, "22.50", "25.00", 7, "TOTE-L-NAT"),
            _v({"Size": "Large", "Color": "Black"}, "22.50", "25.00", 3, "TOTE-L-BLK"),
        ],
        description="Heavy 12 oz cotton canvas tote.",
        images=[SH_IMG.format("tote-natural"), SH_IMG.format("tote-black"), SH_IMG.format("tote-detail")],
    ),
    _product(
        "handwritten-note",
        "Handwritten Note",
        [],
        sku="NOTE-1",
        price="3.50",
        original_price=None,
        stock=100,
        description="A short note, written by hand.",
        images=[SH_IMG.format("note")],
    ),
]

# ----------------------------------------------------------- woocommerce ---
WC_HEAD = [
    "ID",
    "Type",
    "SKU",
    "GTIN, UPC, EAN, or ISBN",
    "Name",
    "Published",
    "Is featured?",
    "Visibility in catalog",
    "Short description",
    "Description",
    "Date sale price starts",
    "Date sale price ends",
    "Tax status",
    "Tax class",
    "In stock?",
    "Stock",
    "Low stock amount",
    "Backorders allowed?",
    "Sold individually?",
    "Weight (kg)",
    "Length (cm)",
    "Width (cm)",
    "Height (cm)",
    "Allow customer reviews?",
    "Purchase note",
    "Sale price",
    "Regular price",
    "Categories",
    "Tags",
    "Shipping class",
    "Images",
    "Download limit",
    "Download expiry days",
    "Parent",
    "Grouped products",
    "Upsells",
    "Cross-sells",
    "External URL",
    "Button text",
    "Position",
    "Attribute 1 name",
    "Attribute 1 value(s)",
    "Attribute 1 visible",
    "Attribute 1 global",
    "Attribute 2 name",
    "Attribute 2 value(s)",
    "Attribute 2 visible",
    "Attribute 2 global",
    "Attribute 1 default",
    "Attribute 2 default",
]
WC_IMG = "https://shop.example.com/wp-content/uploads/2024/03/{}.jpg"


def wc(**kw):
    return [kw.get(h, "") for h in WC_HEAD]


drip_desc = (
    "<p>Hand-thrown stoneware dripper.</p>\\n<ul>\\n<li>Fits most mugs</li>\\n"
    "<li>Dishwasher safe</li>\\n</ul>"
)
wc_base = {
    "Published": "1",
    "Is featured?": "0",
    "Visibility in catalog": "visible",
    "Tax status": "taxable",
    "Backorders allowed?": "0",
    "Sold individually?": "0",
    "Allow customer reviews?": "1",
}
wc_rows = [
    wc(
        ID="101",
        Type="variable",
        SKU="DRIP",
        Name="Ceramic Pour-Over Dripper",
        **{
            "Short description": "Brews a clean, bright cup.",
            "Description": drip_desc,
            "In stock?": "1",
            "Categories": "Coffee > Brewers",
            "Tags": "ceramic, pour-over",
            "Images": WC_IMG.format("dripper-white") + ", " + WC_IMG.format("dripper-sage"),
            "Position": "0",
            "Attribute 1 name": "Color",
            "Attribute 1 value(s)": "White, Sage",
            "Attribute 1 visible": "1",
            "Attribute 1 global": "1",
            "Attribute 2 name": "Size",
            "Attribute 2 value(s)": "01, 02",
            "Attribute 2 visible": "1",
            "Attribute 2 global": "1",
            "Attribute 1 default": "White",
            "Attribute 2 default": "01",
        },
        **wc_base,
    ),
    wc(
        ID="102",
        Type="variation",
        SKU="DRIP-WH-01",
        Name="Ceramic Pour-Over Dripper - White, 01",
        **{
            "Tax class": "parent",
            "In stock?": "1",
            "Stock": "12",
            "Regular price": "32",
            "Images": WC_IMG.format("dripper-white"),
            "Parent": "id:101",
            "Position": "1",
            "Attribute 1 name": "Color",
            "Attribute 1 value(s)": "White",
            "Attribute 1 global": "1",
            "Attribute 2 name": "Size",
            "Attribute 2 value(s)": "01",
            "Attribute 2 global": "1",
        },
        **wc_base,
    ),
    wc(
        ID="103",
        Type="variation",
        SKU="DRIP-WH-02",
        Name="Ceramic Pour-Over Dripper - White, 02",
        **{
            "Tax class": "parent",
            "In stock?": "0",
            "Stock": "0",
            "Sale price": "29.5",
            "Regular price": "36",
            "Images": WC_IMG.format("dripper-white"),
            "Parent": "id:101",
            "Position": "2",
            "Attribute 1 name": "Color",
            "Attribute 1 value(s)": "White",
            "Attribute 1 global": "1",
            "Attribute 2 name": "Size",
            "Attribute 2 value(s)": "02",
            "Attribute 2 global": "1",
        },
        **wc_base,
    ),
    wc(
        ID="104",
        Type="variation",
        SKU="DRIP-SG-01",
        Name="Ceramic Pour-Over Dripper - Sage, 01",
        **{
            "Tax class": "parent",
            "In stock?": "1",
            "Stock": "5",
            "Regular price": "34",
            "Images": WC_IMG.format("dripper-sage"),
            "Parent": "id:101",
            "Position": "3",
            "Attribute 1 name": "Color",
            "Attribute 1 value(s)": "Sage",
            "Attribute 1 global": "1",
            "Attribute 2 name": "Size",
            "Attribute 2 value(s)": "01",
            "Attribute 2 global": "1",
        },
        **wc_base,
    ),
    wc(
        ID="110",
        Type="simple",
        SKU="FILT-100",
        Name="Paper Filters (100 pack)",
        **{
            "Short description": "",
            "Description": "<p>Unbleached paper filters for size 01 &amp; 02.</p>",
            "In stock?": "1",
            "Stock": "240",
            "Regular price": "8.5",
            "Categories": "Coffee > Filters",
            "Images": WC_IMG.format("filters"),
            "Position": "0",
        },
        **wc_base,
    ),
]
# WooCommerce's exporter prefixes a UTF-8 BOM.
(HERE / "woocommerce.csv").write_bytes(
    _csv_text([WC_HEAD] + wc_rows, lineterminator="\n").encode("utf-8-sig")
)
EXPECTED["woocommerce.csv"] = [
    _product(
        "101",
        "Ceramic Pour-Over Dripper",
        [
            _v({"Color": "White", "Size": "01"}, "32", None, 12, "DRIP-WH-01"),
            _v({"Color": "White", "Size": "02"}, "29.5", "36", 0, "DRIP-WH-02"),
            _v({"Color": "Sage", "Size": "01"}, "34", None, 5, "DRIP-SG-01"),
        ],
        description="Hand-thrown stoneware dripper. Fits most mugs Dishwasher safe",
        images=[WC_IMG.format("dripper-white"), WC_IMG.format("dripper-sage")],
    ),
    _product(
        "110",
        "Paper Filters (100 pack)",
        [],
        sku="FILT-100",
        price="8.5",
        original_price=None,
        stock=240,
        description="Unbleached paper filters for size 01 & 02.",
        images=[WC_IMG.format("filters")],
    ),
]

# ----------------------------------------------------------------- plain ---
PLAIN_HEAD = ["款号", "商品名称", "颜色", "尺码", "价格", "吊牌价", "库存", "备注"]
plain_rows = [
    ["A1001", "法式碎花连衣裙", "杏色", "S", 159, 299, 6, "主推款"],
    ["A1001", "法式碎花连衣裙", "杏色", "M", 159, 299, 0, None],
    ["A1001", "法式碎花连衣裙", "墨绿", "M", 169.9, 299, 4, None],
    ["B2002", "羊毛混纺围巾", "燕麦色", "均码", "¥59", None, 30, None],
    ["B2002", "羊毛混纺围巾", "炭灰色", "均码", "¥59", None, 12, None],
    ["C3003", "大豆香薰蜡烛 200g", None, None, 45, None, 50, "无规格"],
]
_write_xlsx(HERE / "plain.xlsx", "Sheet1", PLAIN_HEAD, plain_rows, number_formats={"E": "0.00", "F": "0.00"})
EXPECTED["plain.xlsx"] = [
    _product(
        "A1001",
        "法式碎花连衣裙",
        [
            _v({"颜色": "杏色", "尺码": "S"}, "159", "299", 6, None),
            _v({"颜色": "杏色", "尺码": "M"}, "159", "299", 0, None),
            _v({"颜色": "墨绿", "尺码": "M"}, "169.9", "299", 4, None),
        ],
    ),
    _product(
        "B2002",
        "羊毛混纺围巾",
        [
            _v({"颜色": "燕麦色", "尺码": "均码"}, "59", None, 30, None),
            _v({"颜色": "炭灰色", "尺码": "均码"}, "59", None, 12, None),
        ],
    ),
    _product("C3003", "大豆香薰蜡烛 200g", [], price="45", original_price=None, stock=50),
]

(HERE / "expected.json").write_text(
    json.dumps(EXPECTED, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
)

if __name__ == "__main__":
    for name in sorted(EXPECTED):
        print(f"{name}: {len(EXPECTED[name])} products, {(HERE / name).stat().st_size} bytes")
