#!/usr/bin/python3
"""Deterministic synthetic corpus for the Guanxi benchmarks.

Writes Chinese news-style articles about generated people, companies and
products, each with the SCHEMA.md gold JSON of what was generated, so that the
store benchmark can ingest "pre-extracted" documents and the extraction
benchmark has as much realistic text as it wants. People and companies are
reused across articles (the graph is connected) until the requested number of
distinct entities exists.

  generate.py --entities 1000 --out DIR        article_NNNNN.txt + .json
  generate.py --concat FILE --megabytes 10     one big text for throughput
"""

import argparse
import datetime
import json
import os
import random
import sys

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"]
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞斌宇浩凯健俊帆"
         "帅旭宁晨阳昊然博文轩睿哲思远航泽晗瑞峰嘉琪欣怡子涵雨桐梓萱一诺诗雅梦琳佳慧晓东海波志"
         "国庆春雪松林昕彤泓铭恺翔逸云天")
TRANSLIT_GIVEN = ["格雷格", "伊利亚", "萨姆", "安德烈", "米拉", "约翰", "大卫", "艾琳", "彼得", "卡尔",
                  "丹尼尔", "马克", "露西", "汉娜", "奥斯卡", "维克多", "索菲亚", "伊万", "朱莉", "本杰明",
                  "亚历克斯", "塞巴斯蒂安", "玛丽亚", "托马斯", "安娜", "罗伯特", "艾玛", "乔治", "克拉拉", "雅各布"]
TRANSLIT_CHARS = "克斯特尔曼森布罗德诺维拉莱茨基卡里奥贝恩格哈兹杰夫林多泰佩塔穆纳西顿"
COMPANY_CHARS = ("星辰云海天元智源深度光年极客灵犀未来启明月之面壁零一万象智谱阶跃百川潮汐"
                 "蓝鲸银河量子远景方舟棱镜火山青藤云雀曜石北斗昆仑鸿蒙恒星矩阵涌现星火数智")
COMPANY_SUFFIXES = ["科技", "智能", "公司", "资本"]
PRODUCT_STEMS = ["Zeta", "Orion", "Nova", "Atlas", "Lumen", "Vega", "Helix", "Astra", "Pixel", "Quill",
                 "Sirius", "Delta", "Echo", "Flux", "Kite", "Ion", "Mosaic", "Nimbus", "Onyx", "Pulse"]
ROLES = ["首席执行官", "首席技术官", "首席科学家", "总裁", "副总裁", "研究总监", "董事长", "首席运营官",
         "技术总监", "首席财务官"]
COURTS = ["北京知识产权法院", "上海市第一中级人民法院", "深圳市中级人民法院", "联邦法院", "加州法院"]
AMOUNTS = ["3亿美元", "5000万美元", "1.2亿元", "10亿美元", "8亿元人民币", "2亿美元"]
FILLER = [
    "业内人士认为,这一变化反映了行业竞争格局的深刻调整。",
    "过去一年,大模型赛道的融资热度持续升温,头部公司的估值屡创新高。",
    "分析人士指出,算力成本和高质量数据仍是制约行业发展的主要因素。",
    "截至发稿,相关公司尚未对此事作出正式回应。",
    "市场研究机构的数据显示,今年第二季度生成式人工智能应用的用户规模增长明显。",
    "有接近公司的人士透露,团队内部对商业化路线一直存在分歧。",
    "与此同时,多家初创企业也在加快产品迭代,试图在细分领域建立优势。",
    "从公开信息看,该公司近期在招聘页面上新增了多个研发岗位。",
]


class Pools:
    """Generated entities, unique by name, reused across articles."""

    def __init__(self, rng):
        self.rng = rng
        self.names = set()
        self.people = []      # (id, name, aliases)
        self.companies = []
        self.products = []
        self.lawsuits = 0
        self.count = 0

    def _unique(self, make):
        for _ in range(1000):
            name = make()
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def new_person(self):
        rng = self.rng
        if rng.random() < 0.2:
            def make():
                family = "".join(rng.choice(TRANSLIT_CHARS) for _ in range(rng.randint(2, 4)))
                return rng.choice(TRANSLIT_GIVEN) + "·" + family
        else:
            def make():
                surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
                return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        name = self._unique(make)
        entity = {"id": "p%d" % len(self.people), "type": "person", "name": name, "aliases": [name]}
        self.people.append(entity)
        self.count += 1
        return entity

    def new_company(self):
        rng = self.rng

        def make():
            stem = "".join(rng.choice(COMPANY_CHARS) for _ in range(rng.choice((2, 2, 3))))
            return stem + rng.choice(COMPANY_SUFFIXES)
        name = self._unique(make)
        entity = {"id": "c%d" % len(self.companies), "type": "organization", "kind": "company",
                  "name": name, "aliases": [name]}
        self.companies.append(entity)
        self.count += 1
        return entity

    def new_product(self):
        rng = self.rng
        name = self._unique(lambda: "%s-%d" % (rng.choice(PRODUCT_STEMS) + rng.choice(["", "X", "Pro", "AI"]),
                                               rng.randint(1, 999)))
        entity = {"id": "m%d" % len(self.products), "type": "product", "name": name, "aliases": [name]}
        self.products.append(entity)
        self.count += 1
        return entity

    def pick(self, kind, fresh_share):
        pool = {"person": self.people, "company": self.companies}[kind]
        if len(pool) < 3 or self.rng.random() < fresh_share:
            return self.new_person() if kind == "person" else self.new_company()
        # Favour recent entities a little, so stories continue, but reach back anywhere.
        if self.rng.random() < 0.5:
            return pool[self.rng.randrange(max(0, len(pool) - 200), len(pool))]
        return self.rng.choice(pool)


def iso_week(day):
    year, week, _ = day.isocalendar()
    return "%04d-W%02d" % (year, week)


class Article:
    def __init__(self, rng, pools, number, fresh_share):
        self.rng = rng
        self.pools = pools
        self.fresh = fresh_share
        self.published = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(1000))
        self.name = "article_%05d.txt" % number
        self.entities = {}
        self.relations = []
        self.lines = []

    def use(self, entity):
        self.entities[entity["id"]] = entity
        return entity

    def person(self):
        return self.use(self.pools.pick("person", self.fresh))

    def company(self, avoid=()):
        for _ in range(20):
            c = self.pools.pick("company", self.fresh)
            if c["id"] not in avoid:
                return self.use(c)
        return self.use(self.pools.new_company())

    def time(self):
        """One of the time forms the extractor resolves: (text, ISO value)."""
        rng, pub = self.rng, self.published
        form = rng.randrange(5)
        if form == 0:
            y = rng.randint(2012, pub.year)
            return "%d年" % y, "%d" % y
        if form == 1:
            y = rng.randint(2015, pub.year - 1)
            m = rng.randint(1, 12)
            return "%d年%d月" % (y, m), "%04d-%02d" % (y, m)
        if form == 2:
            m = rng.randint(1, 12)
            return "去年%d月" % m, "%04d-%02d" % (pub.year - 1, m)
        if form == 3:
            return "上周", iso_week(pub - datetime.timedelta(days=7))
        return "本周", iso_week(pub)

    def rel(self, kind, source, target, sentence, **attrs):
        r = {"type": kind, "source": source["id"], "target": target["id"]}
        r.update({k: v for k, v in attrs.items() if v is not None})
        r["evidence"] = sentence
        self.relations.append(r)

    def say(self, sentence):
        self.lines.append(sentence)
        return sentence

    # One generator per relation family; each writes one sentence and its gold.
    def founded(self):
        c = self.company()
        t, iso = self.time()
        if self.rng.random() < 0.5:
            p = self.person()
            s = self.say("%s于%s创立了%s。" % (p["name"], t, c["name"]))
            self.rel("founded", p, c, s, time=iso)
        else:
            p, q = self.person(), self.person()
            while q is p:
                q = self.use(self.pools.new_person())
            s = self.say("%s与%s于%s联合创立%s。" % (p["name"], q["name"], t, c["name"]))
            self.rel("founded", p, c, s, time=iso)
            self.rel("founded", q, c, s, time=iso)

    def joined(self):
        p, c = self.person(), self.company()
        t, iso = self.time()
        if self.rng.random() < 0.5:
            role = self.rng.choice(ROLES)
            s = self.say("%s,%s加入%s,担任%s。" % (t, p["name"], c["name"], role))
            self.rel("joined", p, c, s, role=role, time=iso)
            self.rel("works_at", p, c, s, role=role, time=iso)
        else:
            s = self.say("%s于%s加盟%s。" % (p["name"], t, c["name"]))
            self.rel("joined", p, c, s, time=iso)

    def left(self):
        p, c = self.person(), self.company()
        t, iso = self.time()
        if self.rng.random() < 0.5:
            s = self.say("%s已于%s从%s离职。" % (p["name"], t, c["name"]))
            self.rel("left", p, c, s, time=iso)
        else:
            role = self.rng.choice(ROLES)
            s = self.say("%s%s辞去%s%s职务。" % (p["name"], t, c["name"], role))
            self.rel("left", p, c, s, role=role, time=iso)

    def on_leave(self):
        p, c = self.person(), self.company()
        role = self.rng.choice(ROLES)
        t, iso = self.time()
        s = self.say("%s%s%s%s宣布休假一年。" % (c["name"], role, p["name"], t))
        self.rel("works_at", p, c, s, role=role)
        self.rel("on_leave", p, c, s, time=iso, duration="P1Y")

    def works_at(self):
        p, c = self.person(), self.company()
        role = self.rng.choice(ROLES)
        if self.rng.random() < 0.5:
            s = self.say("%s宣布,%s出任%s。" % (c["name"], p["name"], role))
        else:
            s = self.say("%s目前担任%s%s。" % (p["name"], c["name"], role))
        self.rel("works_at", p, c, s, role=role)

    def invested(self):
        target = self.company()
        lead = self.company(avoid={target["id"]})
        follow = self.company(avoid={target["id"], lead["id"]})
        amount = self.rng.choice(AMOUNTS)
        t, iso = self.time()
        s = self.say("%s,%s完成%s融资,由%s领投,%s参投。" % (t, target["name"], amount, lead["name"], follow["name"]))
        self.rel("invested_in", lead, target, s, amount=amount, time=iso)
        self.rel("invested_in", follow, target, s, time=iso)

    def lawsuit(self):
        rng = self.rng
        plaintiff = self.person() if rng.random() < 0.4 else self.company()
        defendant = self.company(avoid={plaintiff["id"]})
        court = rng.choice(COURTS)
        t, iso = self.time()
        if rng.random() < 0.5:
            s = self.say("%s%s在%s对%s提起诉讼。" % (plaintiff["name"], t, court, defendant["name"]))
            title = "%s在%s对%s提起的诉讼" % (plaintiff["name"], court, defendant["name"])
        else:
            s = self.say("%s%s在%s起诉%s。" % (plaintiff["name"], t, court, defendant["name"]))
            title = "%s起诉%s案" % (plaintiff["name"], defendant["name"])
        status = "filed"
        if rng.random() < 0.3:
            self.say("%s随后已撤诉。" % plaintiff["name"])
            status = "withdrawn"
        self.pools.lawsuits += 1
        self.pools.count += 1
        suit = self.use({"id": "l%d" % self.pools.lawsuits, "type": "lawsuit", "name": title,
                         "aliases": [title], "court": court, "status": status, "time": iso})
        self.rel("plaintiff_in", plaintiff, suit, s)
        self.rel("defendant_in", defendant, suit, s)

    def competitor(self):
        a = self.company()
        b = self.company(avoid={a["id"]})
        t, iso = self.time()
        s = self.say("%s,%s正式将%s列为竞争对手。" % (t, a["name"], b["name"]))
        self.rel("competitor_of", a, b, s, time=iso)

    def develops(self):
        c = self.company()
        # Past 20,000 products (long concat runs) most releases are new
        # versions of known names, so the name space never runs out.
        products = self.pools.products
        if len(products) > 20000 and self.rng.random() < 0.9:
            m = self.use(self.rng.choice(products))
        else:
            m = self.use(self.pools.new_product())
        t, _ = self.time()
        s = self.say("%s%s发布了新模型%s。" % (c["name"], t, m["name"]))
        self.rel("develops", c, m, s)

    def subsidiary(self):
        parent = self.company()
        child = self.company(avoid={parent["id"]})
        t, iso = self.time()
        s = self.say("%s于%s成为%s的子公司。" % (child["name"], t, parent["name"]))
        self.rel("subsidiary_of", child, parent, s, time=iso)

    def build(self):
        rng = self.rng
        makers = [self.founded, self.joined, self.left, self.on_leave, self.works_at, self.invested,
                  self.lawsuit, self.competitor, self.develops, self.subsidiary]
        for _ in range(rng.randint(5, 9)):
            rng.choice(makers)()
            if rng.random() < 0.4:
                self.say(rng.choice(FILLER))
        self.lines.insert(0, "来源:关系财经")
        return self

    def text(self):
        return "\n".join(self.lines) + "\n"

    def gold(self):
        return {"document": self.name, "published": self.published.isoformat(),
                "entities": list(self.entities.values()), "relations": self.relations,
                "notes": "synthetic (bench/corpus/generate.py)"}


def articles(seed, entity_target=None):
    rng = random.Random(seed)
    pools = Pools(rng)
    number = 0
    while entity_target is None or pools.count < entity_target:
        number += 1
        # New entities are most of the early articles and a third later on.
        fresh = 0.6 if pools.count < 50 else 0.35 if pools.count < 200000 else 0.02
        yield Article(rng, pools, number, fresh).build()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--entities", type=int, help="distinct entities to generate (100, 1000, ...)")
    parser.add_argument("--out", help="directory for article_NNNNN.txt/.json")
    parser.add_argument("--concat", help="write one big text file instead")
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()

    if args.concat:
        limit = int(args.megabytes * 1024 * 1024)
        written = 0
        with open(args.concat, "w", encoding="utf-8") as out:
            for article in articles(args.seed):
                chunk = article.text() + "\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
                if written >= limit:
                    break
        print("wrote %s (%d bytes)" % (args.concat, written))
        return 0
    if not args.entities or not args.out:
        parser.error("give --entities N --out DIR, or --concat FILE")
    os.makedirs(args.out, exist_ok=True)
    count = relations = 0
    for article in articles(args.seed, args.entities):
        base = os.path.join(args.out, article.name[:-4])
        with open(base + ".txt", "w", encoding="utf-8") as out:
            out.write(article.text())
        with open(base + ".json", "w", encoding="utf-8") as out:
            json.dump(article.gold(), out, ensure_ascii=False, indent=1)
        count += 1
        relations += len(article.relations)
    print("wrote %d articles, %d relations, %d entities to %s" % (count, relations, args.entities, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
