package org.edugov.demo;

import java.util.SplittableRandom;

/**
 * Chinese personal names: a surname drawn by how common it is (王, 李, 张 and 刘 alone cover a quarter of
 * people), then one or two given-name characters from lists that differ for boys and girls.
 */
final class DemoPersonNames {

    /** The commonest surnames, most frequent first; the draw favours the front of the list. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
            + "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
            + "万钱严覃武戴莫孔向汤";
    private static final String BOYS = "浩宇轩子涵博文一诺睿泽俊杰明辰昊然思远志强伟建军鹏飞嘉豪铭天佑宸皓晨旭东磊晓峰"
            + "锦程梓航彦霖逸凡家乐安泽";
    private static final String GIRLS = "欣怡梓萱雨涵诗琪紫涵可馨一诺语嫣思雨佳琪梦瑶静怡雅琳晓燕丽娜慧敏艺涵若汐依诺"
            + "婉清梓涵美琪心怡子萱芷若";

    private DemoPersonNames() {
    }

    static String name(SplittableRandom r, boolean male) {
        String given = male ? BOYS : GIRLS;
        StringBuilder name = new StringBuilder(3);
        name.append(surname(r));
        name.append(given.charAt(r.nextInt(given.length())));
        if (r.nextInt(100) < 75) {
            name.append(given.charAt(r.nextInt(given.length())));
        }
        return name.toString();
    }

    /** The minimum of two uniform draws: the first surnames come up far more often than the last. */
    private static char surname(SplittableRandom r) {
        int n = SURNAMES.length();
        return SURNAMES.charAt(Math.min(r.nextInt(n), r.nextInt(n)));
    }
}
