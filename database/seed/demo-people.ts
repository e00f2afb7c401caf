/** Someone of the demo organization, written out by hand because a demo login or a story needs them. */
export interface DemoPerson {
  readonly personnelCode: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly location: string;
  /** Position codes; the first is the primary one. */
  readonly positions: readonly string[];
  /** As people write it (`0912…`); stored in E.164. */
  readonly mobile: string;
  readonly workPhone?: string;
  readonly extension: string;
}

type Row = [code: string, first: string, last: string, en: string, unit: string, location: string, positions: string[], mobile: string, extension: string, workPhone?: string];

const rows: Row[] = [
  ['100001', 'محمدرضا', 'کریمی', 'Mohammadreza Karimi', 'HEAD', 'THR-HQ-5', ['HEAD-CHIEF'], '0912 100 5512', '2501', '021 8840 1000'],
  ['100002', 'حمید', 'صالحی', 'Hamid Salehi', 'SUP', 'THR-HQ-5', ['SUP-DEPUTY'], '0912 330 7412', '2510'],
  ['100003', 'غلامرضا', 'ملکی', 'Gholamreza Maleki', 'AUDIT', 'THR-HQ-4', ['AUDIT-HEAD'], '0912 221 4380', '2470'],
  ['100004', 'فریبا', 'عسگری', 'Fariba Asgari', 'AUDIT', 'THR-HQ-4', ['AUDIT-AUDITOR'], '0919 447 1025', '2471'],
  ['100005', 'منصور', 'جلالی', 'Mansour Jalali', 'LEGAL', 'THR-HQ-4', ['LEGAL-DIR'], '0912 187 0344', '2450'],
  ['100006', 'شیما', 'رضوانی', 'Shima Rezvani', 'LEGAL', 'THR-HQ-4', ['LEGAL-EXPERT'], '0935 881 2046', '2451'],
  ['100007', 'مهدی', 'نوروزی', 'Mehdi Norouzi', 'IT', 'THR-HQ-2', ['IT-DIR'], '0912 662 0918', '2201'],
  ['100008', 'فاطمه', 'حسینی', 'Fatemeh Hosseini', 'IT-SD', 'THR-HQ-1', ['SD-HEAD'], '0912 441 8227', '2100'],
  ['100009', 'زهرا', 'احمدی', 'Zahra Ahmadi', 'IT-SD', 'THR-HQ-1', ['SD-OPERATOR'], '0912 773 1045', '2101'],
  ['100010', 'رضا', 'قاسمی', 'Reza Ghasemi', 'IT-SD', 'THR-HQ-1', ['SD-OPERATOR'], '0935 227 4610', '2102'],
  ['100011', 'مریم', 'جعفری', 'Maryam Jafari', 'IT-SD', 'THR-HQ-1', ['SD-OPERATOR'], '0919 660 3371', '2103'],
  ['100012', 'نرگس', 'موسوی', 'Narges Mousavi', 'IT-SD', 'THR-HQ-1', ['SD-FEEDBACK'], '0912 885 4102', '2110'],
  ['100013', 'سمیه', 'رحیمی', 'Somayeh Rahimi', 'IT-SD', 'THR-HQ-1', ['SD-FEEDBACK'], '0910 334 5289', '2111'],
  ['100014', 'امیر', 'محمدی', 'Amir Mohammadi', 'IT-SD', 'THR-HQ-1', ['SD-ADMIN'], '0912 556 7403', '2120'],
  ['100015', 'سعید', 'کاظمی', 'Saeed Kazemi', 'IT-SW', 'THR-HQ-2', ['SW-HEAD'], '0912 113 9876', '2210'],
  ['100016', 'نیلوفر', 'صادقی', 'Niloufar Sadeghi', 'IT-SW', 'THR-HQ-2', ['SW-OA'], '0936 774 0218', '2211'],
  ['100017', 'حسین', 'اکبری', 'Hossein Akbari', 'IT-SW', 'THR-HQ-2', ['SW-BIZ'], '0912 209 3157', '2212'],
  ['100018', 'الهام', 'رستمی', 'Elham Rostami', 'IT-SW', 'THR-HQ-2', ['SW-PROCESS'], '0901 552 8934', '2213'],
  ['100019', 'بهرام', 'شریفی', 'Bahram Sharifi', 'IT-SYS', 'THR-HQ-2', ['SYS-HEAD'], '0912 337 8041', '2220'],
  ['100020', 'مجید', 'عباسی', 'Majid Abbasi', 'IT-SYS', 'THR-HQ-2', ['SYS-DESKTOP'], '0939 120 6657', '2221'],
  ['100021', 'پویا', 'زمانی', 'Pouya Zamani', 'IT-SYS', 'THR-HQ-2', ['SYS-SERVER'], '0912 664 7310', '2222'],
  ['100022', 'کامران', 'یوسفی', 'Kamran Yousefi', 'IT-NET', 'THR-HQ-2', ['NET-HEAD'], '0912 158 6620', '2230'],
  ['100023', 'علی', 'رضایی', 'Ali Rezaei', 'IT-NET', 'THR-HQ-2', ['NET-EXPERT'], '0912 447 1908', '2231'],
  ['100024', 'محسن', 'حیدری', 'Mohsen Heydari', 'IT-NET', 'THR-HQ-2', ['NET-EXPERT'], '0935 510 8843', '2232'],
  ['100025', 'جواد', 'مرادی', 'Javad Moradi', 'IT-NET', 'THR-B2-G', ['NET-HARDWARE'], '0919 883 0126', '2233'],
  ['100026', 'لیلا', 'نظری', 'Leila Nazari', 'IT-TRN', 'THR-B2-1', ['TRN-HEAD'], '0912 770 2294', '2240'],
  ['100027', 'آرش', 'فرهادی', 'Arash Farhadi', 'IT-TRN', 'THR-B2-1', ['TRN-TRAINER'], '0930 221 6675', '2241'],
  ['100028', 'مصطفی', 'ابراهیمی', 'Mostafa Ebrahimi', 'PRV-ISF', 'ISF-B-1', ['NET-ISF'], '0913 128 4467', '3110'],
  ['100029', 'یاسر', 'طاهری', 'Yaser Taheri', 'PRV-KHR', 'MHD-B-1', ['NET-KHR'], '0915 137 6628', '3210'],
  ['100030', 'رامین', 'قربانی', 'Ramin Ghorbani', 'PRV-AZE', 'TBZ-B-1', ['NET-AZE'], '0914 165 2039', '3310'],
  ['100031', 'سارا', 'کرمی', 'Sara Karami', 'PRV-FRS', 'SHZ-B-1', ['NET-FRS'], '0917 142 7785', '3410'],
  ['100032', 'عباس', 'نجفی', 'Abbas Najafi', 'FIN', 'THR-HQ-3', ['FIN-DIR'], '0912 164 7730', '2300'],
  ['100033', 'مینا', 'اسدی', 'Mina Asadi', 'FIN', 'THR-HQ-3', ['FIN-ACCOUNTANT'], '0912 334 6071', '2301'],
  ['100034', 'داوود', 'باقری', 'Davoud Bagheri', 'FIN', 'THR-HQ-3', ['FIN-ACCOUNTANT'], '0935 990 4412', '2302'],
  ['100035', 'شهرام', 'فتحی', 'Shahram Fathi', 'HR', 'THR-HQ-4', ['HR-DIR'], '0912 275 0186', '2400'],
  ['100036', 'پریسا', 'امینی', 'Parisa Amini', 'HR', 'THR-HQ-4', ['HR-EXPERT'], '0919 612 8853', '2401'],
  ['100037', 'ناصر', 'حسن‌زاده', 'Naser Hassanzadeh', 'PROC', 'THR-HQ-3', ['PROC-HEAD'], '0912 190 3364', '2350'],
  ['100038', 'وحید', 'سلیمانی', 'Vahid Soleimani', 'PROC', 'THR-B2-G', ['PROC-EXPERT'], '0938 441 7720', '2351'],
  ['100039', 'احمد', 'زارعی', 'Ahmad Zarei', 'PRV-ISF', 'ISF-B-2', ['ISF-DIR'], '0913 110 6452', '3100', '031 3220 1000'],
  ['100040', 'علیرضا', 'رحمانی', 'Alireza Rahmani', 'PRV-KHR', 'MHD-B-2', ['KHR-DIR'], '0915 120 8834', '3200', '051 3840 1000'],
  ['100041', 'بهزاد', 'پورمحمدی', 'Behzad Pourmohammadi', 'PRV-AZE', 'TBZ-B-2', ['AZE-DIR'], '0914 117 4406', '3300', '041 3330 1000'],
  ['100042', 'مرتضی', 'دهقان', 'Morteza Dehghan', 'PRV-FRS', 'SHZ-B-2', ['FRS-DIR'], '0917 133 9917', '3400', '071 3620 1000'],
];

/** The managers, the IT staff and everyone a demo login stands for. */
export const DEMO_PEOPLE: readonly DemoPerson[] = rows.map(([personnelCode, firstName, lastName, nameEn, unit, location, positions, mobile, extension, workPhone]) => ({
  personnelCode,
  firstName,
  lastName,
  nameEn,
  unit,
  location,
  positions,
  mobile,
  extension,
  ...(workPhone === undefined ? {} : { workPhone }),
}));
