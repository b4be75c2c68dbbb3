/**
 * Where customers live and bank, for addresses, resident IDs and bank details. District codes are the
 * real administrative codes (the first six digits of a resident ID issued there); streets and buildings
 * are common names, not anyone's address.
 */

type District = readonly [name: string, code: string];

/** City (as the seed names it) → province (null for a municipality), the city as written in an address, districts, postcode prefix. */
export const cnPlaces: Record<string, { province: string | null; city: string; districts: readonly District[]; postcode: string }> = {
  北京: { province: null, city: '北京市', postcode: '100', districts: [['东城区', '110101'], ['西城区', '110102'], ['朝阳区', '110105'], ['海淀区', '110108']] },
  上海: { province: null, city: '上海市', postcode: '200', districts: [['黄浦区', '310101'], ['徐汇区', '310104'], ['静安区', '310106'], ['浦东新区', '310115']] },
  广州: { province: '广东省', city: '广州市', postcode: '510', districts: [['越秀区', '440104'], ['海珠区', '440105'], ['天河区', '440106'], ['白云区', '440111']] },
  深圳: { province: '广东省', city: '深圳市', postcode: '518', districts: [['罗湖区', '440303'], ['福田区', '440304'], ['南山区', '440305'], ['宝安区', '440306']] },
  杭州: { province: '浙江省', city: '杭州市', postcode: '310', districts: [['上城区', '330102'], ['西湖区', '330106'], ['滨江区', '330108'], ['余杭区', '330110']] },
  成都: { province: '四川省', city: '成都市', postcode: '610', districts: [['锦江区', '510104'], ['青羊区', '510105'], ['武侯区', '510107'], ['成华区', '510108']] },
  武汉: { province: '湖北省', city: '武汉市', postcode: '430', districts: [['江岸区', '420102'], ['汉阳区', '420105'], ['武昌区', '420106'], ['洪山区', '420111']] },
  南京: { province: '江苏省', city: '南京市', postcode: '210', districts: [['玄武区', '320102'], ['秦淮区', '320104'], ['建邺区', '320105'], ['鼓楼区', '320106']] },
  西安: { province: '陕西省', city: '西安市', postcode: '710', districts: [['新城区', '610102'], ['碑林区', '610103'], ['未央区', '610112'], ['雁塔区', '610113']] },
  重庆: { province: null, city: '重庆市', postcode: '400', districts: [['渝中区', '500103'], ['江北区', '500105'], ['沙坪坝区', '500106'], ['南岸区', '500108']] },
};

export const cnStreets = ['人民路', '建设路', '解放路', '中山路', '和平路', '长江路', '新华路', '文化路', '科技路', '滨河路', '学府路', '光明街'] as const;
export const cnEstates = ['阳光花园', '锦绣家园', '翠湖小区', '金色港湾', '华府名苑', '书香门第', '绿地世纪城', '万科城'] as const;

/** UK towns with a few outward codes each. */
export const ukPostcodes: Record<string, readonly string[]> = {
  London: ['SW1A', 'E1', 'N1', 'SE1', 'W1D', 'NW3'],
  Manchester: ['M1', 'M14', 'M20'],
  Leeds: ['LS1', 'LS6', 'LS8'],
  Bristol: ['BS1', 'BS8', 'BS6'],
  Glasgow: ['G1', 'G12', 'G41'],
  Birmingham: ['B1', 'B15', 'B29'],
  Edinburgh: ['EH1', 'EH3', 'EH10'],
};
export const ukStreets = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Acacia Avenue', 'Park Road', 'Mill Lane', 'Queen Street', 'Albert Road', 'Kings Road'] as const;

export const usPlaces: Record<string, { state: string; zip: string }> = {
  'New York': { state: 'NY', zip: '100' },
  'San Francisco': { state: 'CA', zip: '941' },
  Chicago: { state: 'IL', zip: '606' },
  Boston: { state: 'MA', zip: '021' },
  Seattle: { state: 'WA', zip: '981' },
};
export const usStreets = ['Main Street', 'Oak Avenue', 'Maple Street', 'Park Avenue', 'Washington Street', 'Lake View Drive', 'Pine Street', 'Elm Street'] as const;

/** Banks with the first digits of their debit cards (cn) or their sort-code / routing prefix. */
export const cnBanks = [
  ['中国工商银行', '622202'], ['中国建设银行', '621700'], ['招商银行', '622588'], ['中国农业银行', '622848'], ['中国银行', '621661'], ['交通银行', '622260'],
] as const;
export const ukBanks = [['Barclays', '20'], ['HSBC UK', '40'], ['Lloyds Bank', '30'], ['NatWest', '60'], ['Monzo', '04']] as const;
export const usBanks = [['Chase', '021000021'], ['Bank of America', '026009593'], ['Wells Fargo', '121000248'], ['Citibank', '021000089']] as const;

/** Mail domains reserved for examples (RFC 2606): demo data never names a real mailbox. */
export const mailDomains = ['example.com', 'example.net', 'example.org'] as const;
