package org.luoshi.ranking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.export.BulletinDTO;
import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.IndicatorDTO;
import org.luoshi.api.ranking.RankingDTO;

/** The 简报 of a month's ranking: one table per group (名次, 单位, 得分 and each indicator's points), the rule under it. */
final class Bulletin {
    private Bulletin() {
    }

    /** The month as a 曝光台 publication (考评排队通报) of the evaluator, submitted for a second person's approval. */
    static org.luoshi.api.publicity.PublicationDTO publication(EvaluationDTO e, RankingDTO r, long rankingId) {
        BulletinDTO b = of(e, r, true);
        org.luoshi.api.publicity.PublicationDTO p = new org.luoshi.api.publicity.PublicationDTO();
        p.jurisdiction = e.jurisdiction;
        p.kind = "RANKING";
        p.unit = e.evaluator;
        p.title = b.title;
        StringBuilder body = new StringBuilder(String.join("\n", b.paragraphs));
        for (BulletinDTO.Table t : b.tables) {
            body.append("\n\n").append(t.caption).append("：");
            for (List<String> row : t.rows) {
                body.append("\n第 ").append(row.get(0)).append(" 名　").append(row.get(1)).append("　").append(row.get(2))
                        .append(" 分");
            }
        }
        b.notes.forEach(n -> body.append("\n\n").append(n));
        p.body = body.toString();
        p.sourceType = "ranking";
        p.sourceId = rankingId;
        return p;
    }

    static BulletinDTO of(EvaluationDTO e, RankingDTO r, boolean published) {
        BulletinDTO b = new BulletinDTO();
        b.name = e.bulletin;
        String[] ym = r.month.split("-");
        String month = ym[0] + "年" + Integer.parseInt(ym[1]) + "月";
        b.issue = month + "考评排队" + (published ? "" : "（征求意见稿，未发布）");
        b.issuer = e.evaluatorName;
        b.date = published && r.publishedAt != null ? r.publishedAt.substring(0, 10) : LocalDate.now(RankingServiceImpl.ZONE)
                .toString();
        b.title = month + e.name + "情况通报";
        b.paragraphs.add("按照" + (e.source == null ? "考评办法" : "《" + e.source.split("：")[0] + "》") + "要求，" + e.evaluatorName
                + "对" + String.join("、", e.groups.stream().map(g -> g.name).toList()) + month + "安全生产工作开展情况进行了考评，"
                + "现将考评排队结果通报如下。");
        for (RankingDTO.GroupRankingDTO g : r.groups) {
            BulletinDTO.Table t = new BulletinDTO.Table();
            t.caption = g.name + "考评排队";
            t.headers.add("名次");
            t.headers.add("单位");
            t.headers.add("得分");
            for (IndicatorDTO i : e.indicators) {
                t.headers.add(i.name);
            }
            for (RankingDTO.RowDTO row : g.rows) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(row.rank));
                cells.add(row.unitName);
                cells.add(RankingServiceImpl.plain(row.score));
                for (IndicatorDTO i : e.indicators) {
                    cells.add(row.items.stream().filter(x -> x.indicator.equals(i.id)).findFirst()
                            .map(x -> RankingServiceImpl.plain(x.points)).orElse(""));
                }
                t.rows.add(cells);
            }
            b.tables.add(t);
        }
        b.notes.add("计分办法：基础分 " + RankingServiceImpl.plain(e.base) + " 分；" + String.join("；", e.indicators.stream()
                .map(i -> i.name + (i.direction > 0 ? "每项加 " : "每项扣 ") + RankingServiceImpl.plain(i.weight) + " 分"
                        + (i.cap > 0 ? "，最多 " + RankingServiceImpl.plain(i.cap) + " 分" : "")).toList()) + "。");
        if (e.source != null) {
            b.notes.add("依据：" + e.source);
        }
        return b;
    }
}
