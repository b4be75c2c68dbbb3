/** Name pools. Chinese names carry pinyin so seeded agents get usernames like the demo users' (zhang.wei). */
type Hanzi = readonly (readonly [hanzi: string, pinyin: string])[];

export const cnSurnames: Hanzi = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
  ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'],
];

export const cnGivenFemale: Hanzi = [
  ['娜', 'na'], ['芳', 'fang'], ['秀英', 'xiuying'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'],
  ['娟', 'juan'], ['霞', 'xia'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['玉兰', 'yulan'], ['佳怡', 'jiayi'],
  ['欣怡', 'xinyi'], ['梓涵', 'zihan'], ['晓燕', 'xiaoyan'], ['桂英', 'guiying'], ['丹', 'dan'], ['颖', 'ying'],
];

export const cnGivenMale: Hanzi = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'],
  ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['建国', 'jianguo'],
  ['志强', 'zhiqiang'], ['浩然', 'haoran'], ['子轩', 'zixuan'], ['宇航', 'yuhang'], ['鹏', 'peng'], ['斌', 'bin'],
];

export const enGivenFemale = [
  'Amelia', 'Olivia', 'Isla', 'Ava', 'Emily', 'Sophia', 'Grace', 'Mia', 'Charlotte', 'Lily', 'Ella', 'Chloe',
  'Hannah', 'Priya', 'Zara', 'Megan', 'Rachel', 'Laura', 'Sarah', 'Jessica',
] as const;

export const enGivenMale = [
  'Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Leo', 'Oscar', 'Liam', 'Ethan', 'Daniel', 'Thomas', 'Samuel',
  'Mohammed', 'Arjun', 'Lucas', 'Henry', 'Ryan', 'Michael', 'David', 'Joshua',
] as const;

export const enSurnames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Robinson',
  'Thompson', 'Evans', 'Walker', 'Hughes', 'Green', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Khan', 'Clarke',
  "O'Brien", 'Murphy', 'Nguyen', 'Kim',
] as const;
