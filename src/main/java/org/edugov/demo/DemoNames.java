package org.edugov.demo;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Invented Chinese place and school names. Places are composed from syllables typical of the Central
 * Plains (…庄, …集, …岗) rather than copied from a gazetteer, so the demo never claims to be a real place.
 */
final class DemoNames {

    /** The first city keeps fixed, memorable names so that demo scripts can refer to them. */
    static final List<String> FIRST_CITY_COUNTIES = List.of("城关区", "新华区", "东山县", "西河县", "南湖县", "北岭县");

    private static final String PLACE_FIRST = "青石柳双白黄龙凤金马古高清桃杏枣槐梨杨安永长太平兴丰红云松柏竹梅兰"
            + "荷芦沙铁银玉宝福寿吉庆和顺广仁义崇文明光华盛昌瑞望";
    private static final String PLACE_SECOND = "桥河店集庄营岗湖坡林山寨泉沟滩城阳台堂口塘埠铺屯湾洼园岭峪关渡楼陵亭溪源坪井田";
    private static final List<String> STREETS = List.of("人民路", "解放路", "建设路", "文化路", "胜利路", "和平路",
            "光明路", "新华路", "东风路", "朝阳路", "红旗路", "车站", "工业路", "育才路", "中山路", "花园路", "滨河路",
            "东大街", "西大街", "南关", "北关", "东关", "西关", "城东", "城西", "城南", "城北", "新区");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈彭吕苏"
            + "卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭";
    private static final String VILLAGE_SUFFIXES = "庄楼湾寨集营店岗屯洼坡桥铺河沟岭园台";
    private static final String VILLAGE_PREFIXES = "前后大小东西南北";
    private static final List<String> KINDERGARTEN_BRANDS = List.of("阳光", "小太阳", "金色童年", "七彩虹", "蓝天",
            "贝贝", "童乐", "博雅", "爱心", "启航", "育苗", "苗苗", "小天使", "星星", "彩虹", "快乐", "春蕾", "蒲公英",
            "向日葵", "小博士", "童心", "明珠", "小橡树", "新苗");
    private static final String ORDINALS = "一二三四五六七八九十";

    /** Enough attempts that a miss means the lists are too short for the scale, not bad luck. */
    private static final int MAX_ATTEMPTS = 10_000;

    private final SplittableRandom random;

    DemoNames(SplittableRandom random) {
        this.random = random;
    }

    /** Two-syllable place name without its administrative suffix, e.g. 柳林. */
    String place() {
        return "" + pick(PLACE_FIRST) + pick(PLACE_SECOND);
    }

    /** Base of a 街道 name, e.g. 人民路 (街道 appended by the caller). */
    String street() {
        return STREETS.get(random.nextInt(STREETS.size()));
    }

    /** Village (行政村) name such as 王庄 or 后李集. */
    String village() {
        String core = "" + pick(SURNAMES) + pick(VILLAGE_SUFFIXES);
        return random.nextInt(8) == 0 ? pick(VILLAGE_PREFIXES) + core : core;
    }

    /** Trade name of a private kindergarten, e.g. 阳光. */
    String kindergartenBrand() {
        return KINDERGARTEN_BRANDS.get(random.nextInt(KINDERGARTEN_BRANDS.size()));
    }

    /** Whether a kindergarten's name carries a trade name, the mark of a private one. */
    static boolean hasBrand(String name) {
        return KINDERGARTEN_BRANDS.stream().anyMatch(name::contains);
    }

    /** 第一, 第二 … as used in school names. */
    static String ordinal(int n) {
        if (n < 1 || n > ORDINALS.length()) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        return "第" + ORDINALS.charAt(n - 1);
    }

    /** Draws from {@code source} until a name not yet in {@code used} comes up, and records it. */
    static String unique(Set<String> used, Supplier<String> source) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String name = source.get();
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("name lists exhausted after " + used.size() + " names");
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
