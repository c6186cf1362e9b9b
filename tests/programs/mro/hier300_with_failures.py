# 300 generated classes, some built on a failed class (None) or inconsistent bases: MROs and CPython's TypeErrors
try:
    class K0: pass
    print('K0', [c.__name__ for c in K0.__mro__])
    names_ok = True
except TypeError as e:
    print('K0', 'TypeError', e)
    K0 = None
try:
    class K1: pass
    print('K1', [c.__name__ for c in K1.__mro__])
    names_ok = True
except TypeError as e:
    print('K1', 'TypeError', e)
    K1 = None
try:
    class K2(K0): pass
    print('K2', [c.__name__ for c in K2.__mro__])
    names_ok = True
except TypeError as e:
    print('K2', 'TypeError', e)
    K2 = None
try:
    class K3: pass
    print('K3', [c.__name__ for c in K3.__mro__])
    names_ok = True
except TypeError as e:
    print('K3', 'TypeError', e)
    K3 = None
try:
    class K4: pass
    print('K4', [c.__name__ for c in K4.__mro__])
    names_ok = True
except TypeError as e:
    print('K4', 'TypeError', e)
    K4 = None
try:
    class K5(K4, K0): pass
    print('K5', [c.__name__ for c in K5.__mro__])
    names_ok = True
except TypeError as e:
    print('K5', 'TypeError', e)
    K5 = None
try:
    class K6(K0): pass
    print('K6', [c.__name__ for c in K6.__mro__])
    names_ok = True
except TypeError as e:
    print('K6', 'TypeError', e)
    K6 = None
try:
    class K7: pass
    print('K7', [c.__name__ for c in K7.__mro__])
    names_ok = True
except TypeError as e:
    print('K7', 'TypeError', e)
    K7 = None
try:
    class K8(K6, K0, K1): pass
    print('K8', [c.__name__ for c in K8.__mro__])
    names_ok = True
except TypeError as e:
    print('K8', 'TypeError', e)
    K8 = None
try:
    class K9: pass
    print('K9', [c.__name__ for c in K9.__mro__])
    names_ok = True
except TypeError as e:
    print('K9', 'TypeError', e)
    K9 = None
try:
    class K10(K0, K1, K3): pass
    print('K10', [c.__name__ for c in K10.__mro__])
    names_ok = True
except TypeError as e:
    print('K10', 'TypeError', e)
    K10 = None
try:
    class K11: pass
    print('K11', [c.__name__ for c in K11.__mro__])
    names_ok = True
except TypeError as e:
    print('K11', 'TypeError', e)
    K11 = None
try:
    class K12(K0, K3, K11): pass
    print('K12', [c.__name__ for c in K12.__mro__])
    names_ok = True
except TypeError as e:
    print('K12', 'TypeError', e)
    K12 = None
try:
    class K13(K4): pass
    print('K13', [c.__name__ for c in K13.__mro__])
    names_ok = True
except TypeError as e:
    print('K13', 'TypeError', e)
    K13 = None
try:
    class K14(K2, K8, K1): pass
    print('K14', [c.__name__ for c in K14.__mro__])
    names_ok = True
except TypeError as e:
    print('K14', 'TypeError', e)
    K14 = None
try:
    class K15(K8, K13): pass
    print('K15', [c.__name__ for c in K15.__mro__])
    names_ok = True
except TypeError as e:
    print('K15', 'TypeError', e)
    K15 = None
try:
    class K16(K3): pass
    print('K16', [c.__name__ for c in K16.__mro__])
    names_ok = True
except TypeError as e:
    print('K16', 'TypeError', e)
    K16 = None
try:
    class K17(K11): pass
    print('K17', [c.__name__ for c in K17.__mro__])
    names_ok = True
except TypeError as e:
    print('K17', 'TypeError', e)
    K17 = None
try:
    class K18: pass
    print('K18', [c.__name__ for c in K18.__mro__])
    names_ok = True
except TypeError as e:
    print('K18', 'TypeError', e)
    K18 = None
try:
    class K19: pass
    print('K19', [c.__name__ for c in K19.__mro__])
    names_ok = True
except TypeError as e:
    print('K19', 'TypeError', e)
    K19 = None
try:
    class K20: pass
    print('K20', [c.__name__ for c in K20.__mro__])
    names_ok = True
except TypeError as e:
    print('K20', 'TypeError', e)
    K20 = None
try:
    class K21(K15): pass
    print('K21', [c.__name__ for c in K21.__mro__])
    names_ok = True
except TypeError as e:
    print('K21', 'TypeError', e)
    K21 = None
try:
    class K22(K10, K14, K18): pass
    print('K22', [c.__name__ for c in K22.__mro__])
    names_ok = True
except TypeError as e:
    print('K22', 'TypeError', e)
    K22 = None
try:
    class K23(K11, K9, K7): pass
    print('K23', [c.__name__ for c in K23.__mro__])
    names_ok = True
except TypeError as e:
    print('K23', 'TypeError', e)
    K23 = None
try:
    class K24(K22): pass
    print('K24', [c.__name__ for c in K24.__mro__])
    names_ok = True
except TypeError as e:
    print('K24', 'TypeError', e)
    K24 = None
try:
    class K25(K2): pass
    print('K25', [c.__name__ for c in K25.__mro__])
    names_ok = True
except TypeError as e:
    print('K25', 'TypeError', e)
    K25 = None
try:
    class K26(K16, K15): pass
    print('K26', [c.__name__ for c in K26.__mro__])
    names_ok = True
except TypeError as e:
    print('K26', 'TypeError', e)
    K26 = None
try:
    class K27(K23, K14): pass
    print('K27', [c.__name__ for c in K27.__mro__])
    names_ok = True
except TypeError as e:
    print('K27', 'TypeError', e)
    K27 = None
try:
    class K28(K19, K2): pass
    print('K28', [c.__name__ for c in K28.__mro__])
    names_ok = True
except TypeError as e:
    print('K28', 'TypeError', e)
    K28 = None
try:
    class K29: pass
    print('K29', [c.__name__ for c in K29.__mro__])
    names_ok = True
except TypeError as e:
    print('K29', 'TypeError', e)
    K29 = None
try:
    class K30(K5, K24, K10): pass
    print('K30', [c.__name__ for c in K30.__mro__])
    names_ok = True
except TypeError as e:
    print('K30', 'TypeError', e)
    K30 = None
try:
    class K31(K29): pass
    print('K31', [c.__name__ for c in K31.__mro__])
    names_ok = True
except TypeError as e:
    print('K31', 'TypeError', e)
    K31 = None
try:
    class K32(K26, K2, K4): pass
    print('K32', [c.__name__ for c in K32.__mro__])
    names_ok = True
except TypeError as e:
    print('K32', 'TypeError', e)
    K32 = None
try:
    class K33(K21, K22): pass
    print('K33', [c.__name__ for c in K33.__mro__])
    names_ok = True
except TypeError as e:
    print('K33', 'TypeError', e)
    K33 = None
try:
    class K34(K29, K4, K5): pass
    print('K34', [c.__name__ for c in K34.__mro__])
    names_ok = True
except TypeError as e:
    print('K34', 'TypeError', e)
    K34 = None
try:
    class K35(K30, K4): pass
    print('K35', [c.__name__ for c in K35.__mro__])
    names_ok = True
except TypeError as e:
    print('K35', 'TypeError', e)
    K35 = None
try:
    class K36: pass
    print('K36', [c.__name__ for c in K36.__mro__])
    names_ok = True
except TypeError as e:
    print('K36', 'TypeError', e)
    K36 = None
try:
    class K37(K36, K28): pass
    print('K37', [c.__name__ for c in K37.__mro__])
    names_ok = True
except TypeError as e:
    print('K37', 'TypeError', e)
    K37 = None
try:
    class K38(K24, K22): pass
    print('K38', [c.__name__ for c in K38.__mro__])
    names_ok = True
except TypeError as e:
    print('K38', 'TypeError', e)
    K38 = None
try:
    class K39: pass
    print('K39', [c.__name__ for c in K39.__mro__])
    names_ok = True
except TypeError as e:
    print('K39', 'TypeError', e)
    K39 = None
try:
    class K40(K22, K10, K39): pass
    print('K40', [c.__name__ for c in K40.__mro__])
    names_ok = True
except TypeError as e:
    print('K40', 'TypeError', e)
    K40 = None
try:
    class K41: pass
    print('K41', [c.__name__ for c in K41.__mro__])
    names_ok = True
except TypeError as e:
    print('K41', 'TypeError', e)
    K41 = None
try:
    class K42(K3, K13, K18): pass
    print('K42', [c.__name__ for c in K42.__mro__])
    names_ok = True
except TypeError as e:
    print('K42', 'TypeError', e)
    K42 = None
try:
    class K43(K15): pass
    print('K43', [c.__name__ for c in K43.__mro__])
    names_ok = True
except TypeError as e:
    print('K43', 'TypeError', e)
    K43 = None
try:
    class K44(K25, K31, K5): pass
    print('K44', [c.__name__ for c in K44.__mro__])
    names_ok = True
except TypeError as e:
    print('K44', 'TypeError', e)
    K44 = None
try:
    class K45(K28): pass
    print('K45', [c.__name__ for c in K45.__mro__])
    names_ok = True
except TypeError as e:
    print('K45', 'TypeError', e)
    K45 = None
try:
    class K46(K35, K17, K8): pass
    print('K46', [c.__name__ for c in K46.__mro__])
    names_ok = True
except TypeError as e:
    print('K46', 'TypeError', e)
    K46 = None
try:
    class K47(K35, K17, K45): pass
    print('K47', [c.__name__ for c in K47.__mro__])
    names_ok = True
except TypeError as e:
    print('K47', 'TypeError', e)
    K47 = None
try:
    class K48(K22, K43, K24): pass
    print('K48', [c.__name__ for c in K48.__mro__])
    names_ok = True
except TypeError as e:
    print('K48', 'TypeError', e)
    K48 = None
try:
    class K49(K9): pass
    print('K49', [c.__name__ for c in K49.__mro__])
    names_ok = True
except TypeError as e:
    print('K49', 'TypeError', e)
    K49 = None
try:
    class K50: pass
    print('K50', [c.__name__ for c in K50.__mro__])
    names_ok = True
except TypeError as e:
    print('K50', 'TypeError', e)
    K50 = None
try:
    class K51(K9): pass
    print('K51', [c.__name__ for c in K51.__mro__])
    names_ok = True
except TypeError as e:
    print('K51', 'TypeError', e)
    K51 = None
try:
    class K52(K42): pass
    print('K52', [c.__name__ for c in K52.__mro__])
    names_ok = True
except TypeError as e:
    print('K52', 'TypeError', e)
    K52 = None
try:
    class K53(K0): pass
    print('K53', [c.__name__ for c in K53.__mro__])
    names_ok = True
except TypeError as e:
    print('K53', 'TypeError', e)
    K53 = None
try:
    class K54(K53, K37, K11): pass
    print('K54', [c.__name__ for c in K54.__mro__])
    names_ok = True
except TypeError as e:
    print('K54', 'TypeError', e)
    K54 = None
try:
    class K55(K18, K0): pass
    print('K55', [c.__name__ for c in K55.__mro__])
    names_ok = True
except TypeError as e:
    print('K55', 'TypeError', e)
    K55 = None
try:
    class K56(K26): pass
    print('K56', [c.__name__ for c in K56.__mro__])
    names_ok = True
except TypeError as e:
    print('K56', 'TypeError', e)
    K56 = None
try:
    class K57(K39, K36): pass
    print('K57', [c.__name__ for c in K57.__mro__])
    names_ok = True
except TypeError as e:
    print('K57', 'TypeError', e)
    K57 = None
try:
    class K58(K8, K44): pass
    print('K58', [c.__name__ for c in K58.__mro__])
    names_ok = True
except TypeError as e:
    print('K58', 'TypeError', e)
    K58 = None
try:
    class K59: pass
    print('K59', [c.__name__ for c in K59.__mro__])
    names_ok = True
except TypeError as e:
    print('K59', 'TypeError', e)
    K59 = None
try:
    class K60(K57, K55, K49): pass
    print('K60', [c.__name__ for c in K60.__mro__])
    names_ok = True
except TypeError as e:
    print('K60', 'TypeError', e)
    K60 = None
try:
    class K61(K25, K6, K30): pass
    print('K61', [c.__name__ for c in K61.__mro__])
    names_ok = True
except TypeError as e:
    print('K61', 'TypeError', e)
    K61 = None
try:
    class K62(K3, K12, K4): pass
    print('K62', [c.__name__ for c in K62.__mro__])
    names_ok = True
except TypeError as e:
    print('K62', 'TypeError', e)
    K62 = None
try:
    class K63(K28): pass
    print('K63', [c.__name__ for c in K63.__mro__])
    names_ok = True
except TypeError as e:
    print('K63', 'TypeError', e)
    K63 = None
try:
    class K64(K14): pass
    print('K64', [c.__name__ for c in K64.__mro__])
    names_ok = True
except TypeError as e:
    print('K64', 'TypeError', e)
    K64 = None
try:
    class K65(K6, K13): pass
    print('K65', [c.__name__ for c in K65.__mro__])
    names_ok = True
except TypeError as e:
    print('K65', 'TypeError', e)
    K65 = None
try:
    class K66: pass
    print('K66', [c.__name__ for c in K66.__mro__])
    names_ok = True
except TypeError as e:
    print('K66', 'TypeError', e)
    K66 = None
try:
    class K67(K12): pass
    print('K67', [c.__name__ for c in K67.__mro__])
    names_ok = True
except TypeError as e:
    print('K67', 'TypeError', e)
    K67 = None
try:
    class K68(K3, K9): pass
    print('K68', [c.__name__ for c in K68.__mro__])
    names_ok = True
except TypeError as e:
    print('K68', 'TypeError', e)
    K68 = None
try:
    class K69(K48): pass
    print('K69', [c.__name__ for c in K69.__mro__])
    names_ok = True
except TypeError as e:
    print('K69', 'TypeError', e)
    K69 = None
try:
    class K70(K32): pass
    print('K70', [c.__name__ for c in K70.__mro__])
    names_ok = True
except TypeError as e:
    print('K70', 'TypeError', e)
    K70 = None
try:
    class K71(K46, K60): pass
    print('K71', [c.__name__ for c in K71.__mro__])
    names_ok = True
except TypeError as e:
    print('K71', 'TypeError', e)
    K71 = None
try:
    class K72: pass
    print('K72', [c.__name__ for c in K72.__mro__])
    names_ok = True
except TypeError as e:
    print('K72', 'TypeError', e)
    K72 = None
try:
    class K73: pass
    print('K73', [c.__name__ for c in K73.__mro__])
    names_ok = True
except TypeError as e:
    print('K73', 'TypeError', e)
    K73 = None
try:
    class K74(K59, K61, K39): pass
    print('K74', [c.__name__ for c in K74.__mro__])
    names_ok = True
except TypeError as e:
    print('K74', 'TypeError', e)
    K74 = None
try:
    class K75: pass
    print('K75', [c.__name__ for c in K75.__mro__])
    names_ok = True
except TypeError as e:
    print('K75', 'TypeError', e)
    K75 = None
try:
    class K76(K13): pass
    print('K76', [c.__name__ for c in K76.__mro__])
    names_ok = True
except TypeError as e:
    print('K76', 'TypeError', e)
    K76 = None
try:
    class K77(K33, K61): pass
    print('K77', [c.__name__ for c in K77.__mro__])
    names_ok = True
except TypeError as e:
    print('K77', 'TypeError', e)
    K77 = None
try:
    class K78(K66): pass
    print('K78', [c.__name__ for c in K78.__mro__])
    names_ok = True
except TypeError as e:
    print('K78', 'TypeError', e)
    K78 = None
try:
    class K79: pass
    print('K79', [c.__name__ for c in K79.__mro__])
    names_ok = True
except TypeError as e:
    print('K79', 'TypeError', e)
    K79 = None
try:
    class K80(K67): pass
    print('K80', [c.__name__ for c in K80.__mro__])
    names_ok = True
except TypeError as e:
    print('K80', 'TypeError', e)
    K80 = None
try:
    class K81(K18, K69): pass
    print('K81', [c.__name__ for c in K81.__mro__])
    names_ok = True
except TypeError as e:
    print('K81', 'TypeError', e)
    K81 = None
try:
    class K82: pass
    print('K82', [c.__name__ for c in K82.__mro__])
    names_ok = True
except TypeError as e:
    print('K82', 'TypeError', e)
    K82 = None
try:
    class K83(K82, K11): pass
    print('K83', [c.__name__ for c in K83.__mro__])
    names_ok = True
except TypeError as e:
    print('K83', 'TypeError', e)
    K83 = None
try:
    class K84(K66, K46): pass
    print('K84', [c.__name__ for c in K84.__mro__])
    names_ok = True
except TypeError as e:
    print('K84', 'TypeError', e)
    K84 = None
try:
    class K85(K45): pass
    print('K85', [c.__name__ for c in K85.__mro__])
    names_ok = True
except TypeError as e:
    print('K85', 'TypeError', e)
    K85 = None
try:
    class K86(K68): pass
    print('K86', [c.__name__ for c in K86.__mro__])
    names_ok = True
except TypeError as e:
    print('K86', 'TypeError', e)
    K86 = None
try:
    class K87(K81, K28): pass
    print('K87', [c.__name__ for c in K87.__mro__])
    names_ok = True
except TypeError as e:
    print('K87', 'TypeError', e)
    K87 = None
try:
    class K88(K30): pass
    print('K88', [c.__name__ for c in K88.__mro__])
    names_ok = True
except TypeError as e:
    print('K88', 'TypeError', e)
    K88 = None
try:
    class K89(K29, K25, K66): pass
    print('K89', [c.__name__ for c in K89.__mro__])
    names_ok = True
except TypeError as e:
    print('K89', 'TypeError', e)
    K89 = None
try:
    class K90(K45, K3, K35): pass
    print('K90', [c.__name__ for c in K90.__mro__])
    names_ok = True
except TypeError as e:
    print('K90', 'TypeError', e)
    K90 = None
try:
    class K91(K33, K24, K88): pass
    print('K91', [c.__name__ for c in K91.__mro__])
    names_ok = True
except TypeError as e:
    print('K91', 'TypeError', e)
    K91 = None
try:
    class K92(K57, K44): pass
    print('K92', [c.__name__ for c in K92.__mro__])
    names_ok = True
except TypeError as e:
    print('K92', 'TypeError', e)
    K92 = None
try:
    class K93(K10, K28): pass
    print('K93', [c.__name__ for c in K93.__mro__])
    names_ok = True
except TypeError as e:
    print('K93', 'TypeError', e)
    K93 = None
try:
    class K94: pass
    print('K94', [c.__name__ for c in K94.__mro__])
    names_ok = True
except TypeError as e:
    print('K94', 'TypeError', e)
    K94 = None
try:
    class K95(K60): pass
    print('K95', [c.__name__ for c in K95.__mro__])
    names_ok = True
except TypeError as e:
    print('K95', 'TypeError', e)
    K95 = None
try:
    class K96(K43): pass
    print('K96', [c.__name__ for c in K96.__mro__])
    names_ok = True
except TypeError as e:
    print('K96', 'TypeError', e)
    K96 = None
try:
    class K97(K61): pass
    print('K97', [c.__name__ for c in K97.__mro__])
    names_ok = True
except TypeError as e:
    print('K97', 'TypeError', e)
    K97 = None
try:
    class K98: pass
    print('K98', [c.__name__ for c in K98.__mro__])
    names_ok = True
except TypeError as e:
    print('K98', 'TypeError', e)
    K98 = None
try:
    class K99(K83, K44, K82): pass
    print('K99', [c.__name__ for c in K99.__mro__])
    names_ok = True
except TypeError as e:
    print('K99', 'TypeError', e)
    K99 = None
try:
    class K100: pass
    print('K100', [c.__name__ for c in K100.__mro__])
    names_ok = True
except TypeError as e:
    print('K100', 'TypeError', e)
    K100 = None
try:
    class K101: pass
    print('K101', [c.__name__ for c in K101.__mro__])
    names_ok = True
except TypeError as e:
    print('K101', 'TypeError', e)
    K101 = None
try:
    class K102(K100, K91, K96): pass
    print('K102', [c.__name__ for c in K102.__mro__])
    names_ok = True
except TypeError as e:
    print('K102', 'TypeError', e)
    K102 = None
try:
    class K103(K61): pass
    print('K103', [c.__name__ for c in K103.__mro__])
    names_ok = True
except TypeError as e:
    print('K103', 'TypeError', e)
    K103 = None
try:
    class K104(K55): pass
    print('K104', [c.__name__ for c in K104.__mro__])
    names_ok = True
except TypeError as e:
    print('K104', 'TypeError', e)
    K104 = None
try:
    class K105(K11, K102): pass
    print('K105', [c.__name__ for c in K105.__mro__])
    names_ok = True
except TypeError as e:
    print('K105', 'TypeError', e)
    K105 = None
try:
    class K106(K59, K51, K95): pass
    print('K106', [c.__name__ for c in K106.__mro__])
    names_ok = True
except TypeError as e:
    print('K106', 'TypeError', e)
    K106 = None
try:
    class K107: pass
    print('K107', [c.__name__ for c in K107.__mro__])
    names_ok = True
except TypeError as e:
    print('K107', 'TypeError', e)
    K107 = None
try:
    class K108(K21): pass
    print('K108', [c.__name__ for c in K108.__mro__])
    names_ok = True
except TypeError as e:
    print('K108', 'TypeError', e)
    K108 = None
try:
    class K109(K3): pass
    print('K109', [c.__name__ for c in K109.__mro__])
    names_ok = True
except TypeError as e:
    print('K109', 'TypeError', e)
    K109 = None
try:
    class K110(K75): pass
    print('K110', [c.__name__ for c in K110.__mro__])
    names_ok = True
except TypeError as e:
    print('K110', 'TypeError', e)
    K110 = None
try:
    class K111(K103, K83, K18): pass
    print('K111', [c.__name__ for c in K111.__mro__])
    names_ok = True
except TypeError as e:
    print('K111', 'TypeError', e)
    K111 = None
try:
    class K112(K84, K44, K19): pass
    print('K112', [c.__name__ for c in K112.__mro__])
    names_ok = True
except TypeError as e:
    print('K112', 'TypeError', e)
    K112 = None
try:
    class K113(K2): pass
    print('K113', [c.__name__ for c in K113.__mro__])
    names_ok = True
except TypeError as e:
    print('K113', 'TypeError', e)
    K113 = None
try:
    class K114: pass
    print('K114', [c.__name__ for c in K114.__mro__])
    names_ok = True
except TypeError as e:
    print('K114', 'TypeError', e)
    K114 = None
try:
    class K115: pass
    print('K115', [c.__name__ for c in K115.__mro__])
    names_ok = True
except TypeError as e:
    print('K115', 'TypeError', e)
    K115 = None
try:
    class K116(K55): pass
    print('K116', [c.__name__ for c in K116.__mro__])
    names_ok = True
except TypeError as e:
    print('K116', 'TypeError', e)
    K116 = None
try:
    class K117(K105): pass
    print('K117', [c.__name__ for c in K117.__mro__])
    names_ok = True
except TypeError as e:
    print('K117', 'TypeError', e)
    K117 = None
try:
    class K118(K3): pass
    print('K118', [c.__name__ for c in K118.__mro__])
    names_ok = True
except TypeError as e:
    print('K118', 'TypeError', e)
    K118 = None
try:
    class K119(K27, K37): pass
    print('K119', [c.__name__ for c in K119.__mro__])
    names_ok = True
except TypeError as e:
    print('K119', 'TypeError', e)
    K119 = None
try:
    class K120(K97): pass
    print('K120', [c.__name__ for c in K120.__mro__])
    names_ok = True
except TypeError as e:
    print('K120', 'TypeError', e)
    K120 = None
try:
    class K121(K33, K69): pass
    print('K121', [c.__name__ for c in K121.__mro__])
    names_ok = True
except TypeError as e:
    print('K121', 'TypeError', e)
    K121 = None
try:
    class K122(K106, K16, K7): pass
    print('K122', [c.__name__ for c in K122.__mro__])
    names_ok = True
except TypeError as e:
    print('K122', 'TypeError', e)
    K122 = None
try:
    class K123(K114, K58): pass
    print('K123', [c.__name__ for c in K123.__mro__])
    names_ok = True
except TypeError as e:
    print('K123', 'TypeError', e)
    K123 = None
try:
    class K124(K105, K117, K112): pass
    print('K124', [c.__name__ for c in K124.__mro__])
    names_ok = True
except TypeError as e:
    print('K124', 'TypeError', e)
    K124 = None
try:
    class K125(K68): pass
    print('K125', [c.__name__ for c in K125.__mro__])
    names_ok = True
except TypeError as e:
    print('K125', 'TypeError', e)
    K125 = None
try:
    class K126(K67): pass
    print('K126', [c.__name__ for c in K126.__mro__])
    names_ok = True
except TypeError as e:
    print('K126', 'TypeError', e)
    K126 = None
try:
    class K127: pass
    print('K127', [c.__name__ for c in K127.__mro__])
    names_ok = True
except TypeError as e:
    print('K127', 'TypeError', e)
    K127 = None
try:
    class K128(K46, K1, K38): pass
    print('K128', [c.__name__ for c in K128.__mro__])
    names_ok = True
except TypeError as e:
    print('K128', 'TypeError', e)
    K128 = None
try:
    class K129(K36): pass
    print('K129', [c.__name__ for c in K129.__mro__])
    names_ok = True
except TypeError as e:
    print('K129', 'TypeError', e)
    K129 = None
try:
    class K130(K30, K15, K83): pass
    print('K130', [c.__name__ for c in K130.__mro__])
    names_ok = True
except TypeError as e:
    print('K130', 'TypeError', e)
    K130 = None
try:
    class K131(K27, K14, K63): pass
    print('K131', [c.__name__ for c in K131.__mro__])
    names_ok = True
except TypeError as e:
    print('K131', 'TypeError', e)
    K131 = None
try:
    class K132(K70): pass
    print('K132', [c.__name__ for c in K132.__mro__])
    names_ok = True
except TypeError as e:
    print('K132', 'TypeError', e)
    K132 = None
try:
    class K133: pass
    print('K133', [c.__name__ for c in K133.__mro__])
    names_ok = True
except TypeError as e:
    print('K133', 'TypeError', e)
    K133 = None
try:
    class K134: pass
    print('K134', [c.__name__ for c in K134.__mro__])
    names_ok = True
except TypeError as e:
    print('K134', 'TypeError', e)
    K134 = None
try:
    class K135(K7, K16, K113): pass
    print('K135', [c.__name__ for c in K135.__mro__])
    names_ok = True
except TypeError as e:
    print('K135', 'TypeError', e)
    K135 = None
try:
    class K136(K129, K131): pass
    print('K136', [c.__name__ for c in K136.__mro__])
    names_ok = True
except TypeError as e:
    print('K136', 'TypeError', e)
    K136 = None
try:
    class K137(K70): pass
    print('K137', [c.__name__ for c in K137.__mro__])
    names_ok = True
except TypeError as e:
    print('K137', 'TypeError', e)
    K137 = None
try:
    class K138(K130, K136, K122): pass
    print('K138', [c.__name__ for c in K138.__mro__])
    names_ok = True
except TypeError as e:
    print('K138', 'TypeError', e)
    K138 = None
try:
    class K139(K133): pass
    print('K139', [c.__name__ for c in K139.__mro__])
    names_ok = True
except TypeError as e:
    print('K139', 'TypeError', e)
    K139 = None
try:
    class K140(K51, K114): pass
    print('K140', [c.__name__ for c in K140.__mro__])
    names_ok = True
except TypeError as e:
    print('K140', 'TypeError', e)
    K140 = None
try:
    class K141(K106): pass
    print('K141', [c.__name__ for c in K141.__mro__])
    names_ok = True
except TypeError as e:
    print('K141', 'TypeError', e)
    K141 = None
try:
    class K142: pass
    print('K142', [c.__name__ for c in K142.__mro__])
    names_ok = True
except TypeError as e:
    print('K142', 'TypeError', e)
    K142 = None
try:
    class K143(K113, K80, K18): pass
    print('K143', [c.__name__ for c in K143.__mro__])
    names_ok = True
except TypeError as e:
    print('K143', 'TypeError', e)
    K143 = None
try:
    class K144(K109): pass
    print('K144', [c.__name__ for c in K144.__mro__])
    names_ok = True
except TypeError as e:
    print('K144', 'TypeError', e)
    K144 = None
try:
    class K145: pass
    print('K145', [c.__name__ for c in K145.__mro__])
    names_ok = True
except TypeError as e:
    print('K145', 'TypeError', e)
    K145 = None
try:
    class K146(K77): pass
    print('K146', [c.__name__ for c in K146.__mro__])
    names_ok = True
except TypeError as e:
    print('K146', 'TypeError', e)
    K146 = None
try:
    class K147: pass
    print('K147', [c.__name__ for c in K147.__mro__])
    names_ok = True
except TypeError as e:
    print('K147', 'TypeError', e)
    K147 = None
try:
    class K148(K93): pass
    print('K148', [c.__name__ for c in K148.__mro__])
    names_ok = True
except TypeError as e:
    print('K148', 'TypeError', e)
    K148 = None
try:
    class K149(K64): pass
    print('K149', [c.__name__ for c in K149.__mro__])
    names_ok = True
except TypeError as e:
    print('K149', 'TypeError', e)
    K149 = None
try:
    class K150(K119): pass
    print('K150', [c.__name__ for c in K150.__mro__])
    names_ok = True
except TypeError as e:
    print('K150', 'TypeError', e)
    K150 = None
try:
    class K151(K24): pass
    print('K151', [c.__name__ for c in K151.__mro__])
    names_ok = True
except TypeError as e:
    print('K151', 'TypeError', e)
    K151 = None
try:
    class K152(K124, K41, K57): pass
    print('K152', [c.__name__ for c in K152.__mro__])
    names_ok = True
except TypeError as e:
    print('K152', 'TypeError', e)
    K152 = None
try:
    class K153(K110): pass
    print('K153', [c.__name__ for c in K153.__mro__])
    names_ok = True
except TypeError as e:
    print('K153', 'TypeError', e)
    K153 = None
try:
    class K154(K86, K107, K50): pass
    print('K154', [c.__name__ for c in K154.__mro__])
    names_ok = True
except TypeError as e:
    print('K154', 'TypeError', e)
    K154 = None
try:
    class K155(K81, K23): pass
    print('K155', [c.__name__ for c in K155.__mro__])
    names_ok = True
except TypeError as e:
    print('K155', 'TypeError', e)
    K155 = None
try:
    class K156(K4, K86): pass
    print('K156', [c.__name__ for c in K156.__mro__])
    names_ok = True
except TypeError as e:
    print('K156', 'TypeError', e)
    K156 = None
try:
    class K157(K112, K4, K98): pass
    print('K157', [c.__name__ for c in K157.__mro__])
    names_ok = True
except TypeError as e:
    print('K157', 'TypeError', e)
    K157 = None
try:
    class K158(K132, K75): pass
    print('K158', [c.__name__ for c in K158.__mro__])
    names_ok = True
except TypeError as e:
    print('K158', 'TypeError', e)
    K158 = None
try:
    class K159: pass
    print('K159', [c.__name__ for c in K159.__mro__])
    names_ok = True
except TypeError as e:
    print('K159', 'TypeError', e)
    K159 = None
try:
    class K160: pass
    print('K160', [c.__name__ for c in K160.__mro__])
    names_ok = True
except TypeError as e:
    print('K160', 'TypeError', e)
    K160 = None
try:
    class K161(K26): pass
    print('K161', [c.__name__ for c in K161.__mro__])
    names_ok = True
except TypeError as e:
    print('K161', 'TypeError', e)
    K161 = None
try:
    class K162: pass
    print('K162', [c.__name__ for c in K162.__mro__])
    names_ok = True
except TypeError as e:
    print('K162', 'TypeError', e)
    K162 = None
try:
    class K163(K69, K10): pass
    print('K163', [c.__name__ for c in K163.__mro__])
    names_ok = True
except TypeError as e:
    print('K163', 'TypeError', e)
    K163 = None
try:
    class K164(K69): pass
    print('K164', [c.__name__ for c in K164.__mro__])
    names_ok = True
except TypeError as e:
    print('K164', 'TypeError', e)
    K164 = None
try:
    class K165(K108): pass
    print('K165', [c.__name__ for c in K165.__mro__])
    names_ok = True
except TypeError as e:
    print('K165', 'TypeError', e)
    K165 = None
try:
    class K166(K103, K38): pass
    print('K166', [c.__name__ for c in K166.__mro__])
    names_ok = True
except TypeError as e:
    print('K166', 'TypeError', e)
    K166 = None
try:
    class K167(K83, K22, K71): pass
    print('K167', [c.__name__ for c in K167.__mro__])
    names_ok = True
except TypeError as e:
    print('K167', 'TypeError', e)
    K167 = None
try:
    class K168: pass
    print('K168', [c.__name__ for c in K168.__mro__])
    names_ok = True
except TypeError as e:
    print('K168', 'TypeError', e)
    K168 = None
try:
    class K169(K108): pass
    print('K169', [c.__name__ for c in K169.__mro__])
    names_ok = True
except TypeError as e:
    print('K169', 'TypeError', e)
    K169 = None
try:
    class K170: pass
    print('K170', [c.__name__ for c in K170.__mro__])
    names_ok = True
except TypeError as e:
    print('K170', 'TypeError', e)
    K170 = None
try:
    class K171(K4, K162): pass
    print('K171', [c.__name__ for c in K171.__mro__])
    names_ok = True
except TypeError as e:
    print('K171', 'TypeError', e)
    K171 = None
try:
    class K172: pass
    print('K172', [c.__name__ for c in K172.__mro__])
    names_ok = True
except TypeError as e:
    print('K172', 'TypeError', e)
    K172 = None
try:
    class K173(K21, K155): pass
    print('K173', [c.__name__ for c in K173.__mro__])
    names_ok = True
except TypeError as e:
    print('K173', 'TypeError', e)
    K173 = None
try:
    class K174(K17): pass
    print('K174', [c.__name__ for c in K174.__mro__])
    names_ok = True
except TypeError as e:
    print('K174', 'TypeError', e)
    K174 = None
try:
    class K175(K31, K116): pass
    print('K175', [c.__name__ for c in K175.__mro__])
    names_ok = True
except TypeError as e:
    print('K175', 'TypeError', e)
    K175 = None
try:
    class K176: pass
    print('K176', [c.__name__ for c in K176.__mro__])
    names_ok = True
except TypeError as e:
    print('K176', 'TypeError', e)
    K176 = None
try:
    class K177(K141, K106): pass
    print('K177', [c.__name__ for c in K177.__mro__])
    names_ok = True
except TypeError as e:
    print('K177', 'TypeError', e)
    K177 = None
try:
    class K178(K159, K33): pass
    print('K178', [c.__name__ for c in K178.__mro__])
    names_ok = True
except TypeError as e:
    print('K178', 'TypeError', e)
    K178 = None
try:
    class K179: pass
    print('K179', [c.__name__ for c in K179.__mro__])
    names_ok = True
except TypeError as e:
    print('K179', 'TypeError', e)
    K179 = None
try:
    class K180(K28): pass
    print('K180', [c.__name__ for c in K180.__mro__])
    names_ok = True
except TypeError as e:
    print('K180', 'TypeError', e)
    K180 = None
try:
    class K181(K67): pass
    print('K181', [c.__name__ for c in K181.__mro__])
    names_ok = True
except TypeError as e:
    print('K181', 'TypeError', e)
    K181 = None
try:
    class K182: pass
    print('K182', [c.__name__ for c in K182.__mro__])
    names_ok = True
except TypeError as e:
    print('K182', 'TypeError', e)
    K182 = None
try:
    class K183(K51): pass
    print('K183', [c.__name__ for c in K183.__mro__])
    names_ok = True
except TypeError as e:
    print('K183', 'TypeError', e)
    K183 = None
try:
    class K184(K160, K78): pass
    print('K184', [c.__name__ for c in K184.__mro__])
    names_ok = True
except TypeError as e:
    print('K184', 'TypeError', e)
    K184 = None
try:
    class K185(K74): pass
    print('K185', [c.__name__ for c in K185.__mro__])
    names_ok = True
except TypeError as e:
    print('K185', 'TypeError', e)
    K185 = None
try:
    class K186(K128, K172, K45): pass
    print('K186', [c.__name__ for c in K186.__mro__])
    names_ok = True
except TypeError as e:
    print('K186', 'TypeError', e)
    K186 = None
try:
    class K187(K88, K4): pass
    print('K187', [c.__name__ for c in K187.__mro__])
    names_ok = True
except TypeError as e:
    print('K187', 'TypeError', e)
    K187 = None
try:
    class K188(K9, K3): pass
    print('K188', [c.__name__ for c in K188.__mro__])
    names_ok = True
except TypeError as e:
    print('K188', 'TypeError', e)
    K188 = None
try:
    class K189: pass
    print('K189', [c.__name__ for c in K189.__mro__])
    names_ok = True
except TypeError as e:
    print('K189', 'TypeError', e)
    K189 = None
try:
    class K190(K131): pass
    print('K190', [c.__name__ for c in K190.__mro__])
    names_ok = True
except TypeError as e:
    print('K190', 'TypeError', e)
    K190 = None
try:
    class K191(K62, K114, K27): pass
    print('K191', [c.__name__ for c in K191.__mro__])
    names_ok = True
except TypeError as e:
    print('K191', 'TypeError', e)
    K191 = None
try:
    class K192(K168, K126, K139): pass
    print('K192', [c.__name__ for c in K192.__mro__])
    names_ok = True
except TypeError as e:
    print('K192', 'TypeError', e)
    K192 = None
try:
    class K193(K129, K78, K176): pass
    print('K193', [c.__name__ for c in K193.__mro__])
    names_ok = True
except TypeError as e:
    print('K193', 'TypeError', e)
    K193 = None
try:
    class K194(K58): pass
    print('K194', [c.__name__ for c in K194.__mro__])
    names_ok = True
except TypeError as e:
    print('K194', 'TypeError', e)
    K194 = None
try:
    class K195(K50, K180): pass
    print('K195', [c.__name__ for c in K195.__mro__])
    names_ok = True
except TypeError as e:
    print('K195', 'TypeError', e)
    K195 = None
try:
    class K196(K103): pass
    print('K196', [c.__name__ for c in K196.__mro__])
    names_ok = True
except TypeError as e:
    print('K196', 'TypeError', e)
    K196 = None
try:
    class K197(K13, K33): pass
    print('K197', [c.__name__ for c in K197.__mro__])
    names_ok = True
except TypeError as e:
    print('K197', 'TypeError', e)
    K197 = None
try:
    class K198: pass
    print('K198', [c.__name__ for c in K198.__mro__])
    names_ok = True
except TypeError as e:
    print('K198', 'TypeError', e)
    K198 = None
try:
    class K199: pass
    print('K199', [c.__name__ for c in K199.__mro__])
    names_ok = True
except TypeError as e:
    print('K199', 'TypeError', e)
    K199 = None
try:
    class K200(K110, K41): pass
    print('K200', [c.__name__ for c in K200.__mro__])
    names_ok = True
except TypeError as e:
    print('K200', 'TypeError', e)
    K200 = None
try:
    class K201: pass
    print('K201', [c.__name__ for c in K201.__mro__])
    names_ok = True
except TypeError as e:
    print('K201', 'TypeError', e)
    K201 = None
try:
    class K202: pass
    print('K202', [c.__name__ for c in K202.__mro__])
    names_ok = True
except TypeError as e:
    print('K202', 'TypeError', e)
    K202 = None
try:
    class K203(K129, K171, K72): pass
    print('K203', [c.__name__ for c in K203.__mro__])
    names_ok = True
except TypeError as e:
    print('K203', 'TypeError', e)
    K203 = None
try:
    class K204(K177): pass
    print('K204', [c.__name__ for c in K204.__mro__])
    names_ok = True
except TypeError as e:
    print('K204', 'TypeError', e)
    K204 = None
try:
    class K205(K11, K117): pass
    print('K205', [c.__name__ for c in K205.__mro__])
    names_ok = True
except TypeError as e:
    print('K205', 'TypeError', e)
    K205 = None
try:
    class K206(K40): pass
    print('K206', [c.__name__ for c in K206.__mro__])
    names_ok = True
except TypeError as e:
    print('K206', 'TypeError', e)
    K206 = None
try:
    class K207(K114, K0): pass
    print('K207', [c.__name__ for c in K207.__mro__])
    names_ok = True
except TypeError as e:
    print('K207', 'TypeError', e)
    K207 = None
try:
    class K208(K93, K84): pass
    print('K208', [c.__name__ for c in K208.__mro__])
    names_ok = True
except TypeError as e:
    print('K208', 'TypeError', e)
    K208 = None
try:
    class K209(K62, K8): pass
    print('K209', [c.__name__ for c in K209.__mro__])
    names_ok = True
except TypeError as e:
    print('K209', 'TypeError', e)
    K209 = None
try:
    class K210(K55, K91): pass
    print('K210', [c.__name__ for c in K210.__mro__])
    names_ok = True
except TypeError as e:
    print('K210', 'TypeError', e)
    K210 = None
try:
    class K211(K0): pass
    print('K211', [c.__name__ for c in K211.__mro__])
    names_ok = True
except TypeError as e:
    print('K211', 'TypeError', e)
    K211 = None
try:
    class K212(K97, K21): pass
    print('K212', [c.__name__ for c in K212.__mro__])
    names_ok = True
except TypeError as e:
    print('K212', 'TypeError', e)
    K212 = None
try:
    class K213(K71, K128, K167): pass
    print('K213', [c.__name__ for c in K213.__mro__])
    names_ok = True
except TypeError as e:
    print('K213', 'TypeError', e)
    K213 = None
try:
    class K214(K63): pass
    print('K214', [c.__name__ for c in K214.__mro__])
    names_ok = True
except TypeError as e:
    print('K214', 'TypeError', e)
    K214 = None
try:
    class K215: pass
    print('K215', [c.__name__ for c in K215.__mro__])
    names_ok = True
except TypeError as e:
    print('K215', 'TypeError', e)
    K215 = None
try:
    class K216: pass
    print('K216', [c.__name__ for c in K216.__mro__])
    names_ok = True
except TypeError as e:
    print('K216', 'TypeError', e)
    K216 = None
try:
    class K217(K209, K22): pass
    print('K217', [c.__name__ for c in K217.__mro__])
    names_ok = True
except TypeError as e:
    print('K217', 'TypeError', e)
    K217 = None
try:
    class K218(K102): pass
    print('K218', [c.__name__ for c in K218.__mro__])
    names_ok = True
except TypeError as e:
    print('K218', 'TypeError', e)
    K218 = None
try:
    class K219: pass
    print('K219', [c.__name__ for c in K219.__mro__])
    names_ok = True
except TypeError as e:
    print('K219', 'TypeError', e)
    K219 = None
try:
    class K220(K5, K76, K77): pass
    print('K220', [c.__name__ for c in K220.__mro__])
    names_ok = True
except TypeError as e:
    print('K220', 'TypeError', e)
    K220 = None
try:
    class K221(K21): pass
    print('K221', [c.__name__ for c in K221.__mro__])
    names_ok = True
except TypeError as e:
    print('K221', 'TypeError', e)
    K221 = None
try:
    class K222(K168): pass
    print('K222', [c.__name__ for c in K222.__mro__])
    names_ok = True
except TypeError as e:
    print('K222', 'TypeError', e)
    K222 = None
try:
    class K223(K195, K83, K184): pass
    print('K223', [c.__name__ for c in K223.__mro__])
    names_ok = True
except TypeError as e:
    print('K223', 'TypeError', e)
    K223 = None
try:
    class K224(K38, K72, K185): pass
    print('K224', [c.__name__ for c in K224.__mro__])
    names_ok = True
except TypeError as e:
    print('K224', 'TypeError', e)
    K224 = None
try:
    class K225(K11): pass
    print('K225', [c.__name__ for c in K225.__mro__])
    names_ok = True
except TypeError as e:
    print('K225', 'TypeError', e)
    K225 = None
try:
    class K226(K187, K179, K207): pass
    print('K226', [c.__name__ for c in K226.__mro__])
    names_ok = True
except TypeError as e:
    print('K226', 'TypeError', e)
    K226 = None
try:
    class K227(K134): pass
    print('K227', [c.__name__ for c in K227.__mro__])
    names_ok = True
except TypeError as e:
    print('K227', 'TypeError', e)
    K227 = None
try:
    class K228: pass
    print('K228', [c.__name__ for c in K228.__mro__])
    names_ok = True
except TypeError as e:
    print('K228', 'TypeError', e)
    K228 = None
try:
    class K229(K21): pass
    print('K229', [c.__name__ for c in K229.__mro__])
    names_ok = True
except TypeError as e:
    print('K229', 'TypeError', e)
    K229 = None
try:
    class K230: pass
    print('K230', [c.__name__ for c in K230.__mro__])
    names_ok = True
except TypeError as e:
    print('K230', 'TypeError', e)
    K230 = None
try:
    class K231: pass
    print('K231', [c.__name__ for c in K231.__mro__])
    names_ok = True
except TypeError as e:
    print('K231', 'TypeError', e)
    K231 = None
try:
    class K232(K163): pass
    print('K232', [c.__name__ for c in K232.__mro__])
    names_ok = True
except TypeError as e:
    print('K232', 'TypeError', e)
    K232 = None
try:
    class K233(K26, K96): pass
    print('K233', [c.__name__ for c in K233.__mro__])
    names_ok = True
except TypeError as e:
    print('K233', 'TypeError', e)
    K233 = None
try:
    class K234(K142, K12, K160): pass
    print('K234', [c.__name__ for c in K234.__mro__])
    names_ok = True
except TypeError as e:
    print('K234', 'TypeError', e)
    K234 = None
try:
    class K235: pass
    print('K235', [c.__name__ for c in K235.__mro__])
    names_ok = True
except TypeError as e:
    print('K235', 'TypeError', e)
    K235 = None
try:
    class K236(K125): pass
    print('K236', [c.__name__ for c in K236.__mro__])
    names_ok = True
except TypeError as e:
    print('K236', 'TypeError', e)
    K236 = None
try:
    class K237(K0, K116): pass
    print('K237', [c.__name__ for c in K237.__mro__])
    names_ok = True
except TypeError as e:
    print('K237', 'TypeError', e)
    K237 = None
try:
    class K238: pass
    print('K238', [c.__name__ for c in K238.__mro__])
    names_ok = True
except TypeError as e:
    print('K238', 'TypeError', e)
    K238 = None
try:
    class K239: pass
    print('K239', [c.__name__ for c in K239.__mro__])
    names_ok = True
except TypeError as e:
    print('K239', 'TypeError', e)
    K239 = None
try:
    class K240: pass
    print('K240', [c.__name__ for c in K240.__mro__])
    names_ok = True
except TypeError as e:
    print('K240', 'TypeError', e)
    K240 = None
try:
    class K241(K64, K207, K19): pass
    print('K241', [c.__name__ for c in K241.__mro__])
    names_ok = True
except TypeError as e:
    print('K241', 'TypeError', e)
    K241 = None
try:
    class K242(K60, K186): pass
    print('K242', [c.__name__ for c in K242.__mro__])
    names_ok = True
except TypeError as e:
    print('K242', 'TypeError', e)
    K242 = None
try:
    class K243(K59): pass
    print('K243', [c.__name__ for c in K243.__mro__])
    names_ok = True
except TypeError as e:
    print('K243', 'TypeError', e)
    K243 = None
try:
    class K244(K126, K216, K97): pass
    print('K244', [c.__name__ for c in K244.__mro__])
    names_ok = True
except TypeError as e:
    print('K244', 'TypeError', e)
    K244 = None
try:
    class K245: pass
    print('K245', [c.__name__ for c in K245.__mro__])
    names_ok = True
except TypeError as e:
    print('K245', 'TypeError', e)
    K245 = None
try:
    class K246(K233, K175, K73): pass
    print('K246', [c.__name__ for c in K246.__mro__])
    names_ok = True
except TypeError as e:
    print('K246', 'TypeError', e)
    K246 = None
try:
    class K247: pass
    print('K247', [c.__name__ for c in K247.__mro__])
    names_ok = True
except TypeError as e:
    print('K247', 'TypeError', e)
    K247 = None
try:
    class K248(K19): pass
    print('K248', [c.__name__ for c in K248.__mro__])
    names_ok = True
except TypeError as e:
    print('K248', 'TypeError', e)
    K248 = None
try:
    class K249(K84): pass
    print('K249', [c.__name__ for c in K249.__mro__])
    names_ok = True
except TypeError as e:
    print('K249', 'TypeError', e)
    K249 = None
try:
    class K250(K166, K190): pass
    print('K250', [c.__name__ for c in K250.__mro__])
    names_ok = True
except TypeError as e:
    print('K250', 'TypeError', e)
    K250 = None
try:
    class K251(K159, K145): pass
    print('K251', [c.__name__ for c in K251.__mro__])
    names_ok = True
except TypeError as e:
    print('K251', 'TypeError', e)
    K251 = None
try:
    class K252(K3): pass
    print('K252', [c.__name__ for c in K252.__mro__])
    names_ok = True
except TypeError as e:
    print('K252', 'TypeError', e)
    K252 = None
try:
    class K253(K15, K124, K68): pass
    print('K253', [c.__name__ for c in K253.__mro__])
    names_ok = True
except TypeError as e:
    print('K253', 'TypeError', e)
    K253 = None
try:
    class K254: pass
    print('K254', [c.__name__ for c in K254.__mro__])
    names_ok = True
except TypeError as e:
    print('K254', 'TypeError', e)
    K254 = None
try:
    class K255(K172): pass
    print('K255', [c.__name__ for c in K255.__mro__])
    names_ok = True
except TypeError as e:
    print('K255', 'TypeError', e)
    K255 = None
try:
    class K256(K148, K146, K237): pass
    print('K256', [c.__name__ for c in K256.__mro__])
    names_ok = True
except TypeError as e:
    print('K256', 'TypeError', e)
    K256 = None
try:
    class K257(K238, K60, K102): pass
    print('K257', [c.__name__ for c in K257.__mro__])
    names_ok = True
except TypeError as e:
    print('K257', 'TypeError', e)
    K257 = None
try:
    class K258(K43, K242): pass
    print('K258', [c.__name__ for c in K258.__mro__])
    names_ok = True
except TypeError as e:
    print('K258', 'TypeError', e)
    K258 = None
try:
    class K259: pass
    print('K259', [c.__name__ for c in K259.__mro__])
    names_ok = True
except TypeError as e:
    print('K259', 'TypeError', e)
    K259 = None
try:
    class K260(K234, K39): pass
    print('K260', [c.__name__ for c in K260.__mro__])
    names_ok = True
except TypeError as e:
    print('K260', 'TypeError', e)
    K260 = None
try:
    class K261(K137, K198, K107): pass
    print('K261', [c.__name__ for c in K261.__mro__])
    names_ok = True
except TypeError as e:
    print('K261', 'TypeError', e)
    K261 = None
try:
    class K262(K38): pass
    print('K262', [c.__name__ for c in K262.__mro__])
    names_ok = True
except TypeError as e:
    print('K262', 'TypeError', e)
    K262 = None
try:
    class K263: pass
    print('K263', [c.__name__ for c in K263.__mro__])
    names_ok = True
except TypeError as e:
    print('K263', 'TypeError', e)
    K263 = None
try:
    class K264(K134): pass
    print('K264', [c.__name__ for c in K264.__mro__])
    names_ok = True
except TypeError as e:
    print('K264', 'TypeError', e)
    K264 = None
try:
    class K265(K67, K260): pass
    print('K265', [c.__name__ for c in K265.__mro__])
    names_ok = True
except TypeError as e:
    print('K265', 'TypeError', e)
    K265 = None
try:
    class K266(K57, K186): pass
    print('K266', [c.__name__ for c in K266.__mro__])
    names_ok = True
except TypeError as e:
    print('K266', 'TypeError', e)
    K266 = None
try:
    class K267(K254): pass
    print('K267', [c.__name__ for c in K267.__mro__])
    names_ok = True
except TypeError as e:
    print('K267', 'TypeError', e)
    K267 = None
try:
    class K268(K201, K12, K81): pass
    print('K268', [c.__name__ for c in K268.__mro__])
    names_ok = True
except TypeError as e:
    print('K268', 'TypeError', e)
    K268 = None
try:
    class K269: pass
    print('K269', [c.__name__ for c in K269.__mro__])
    names_ok = True
except TypeError as e:
    print('K269', 'TypeError', e)
    K269 = None
try:
    class K270(K230, K207, K154): pass
    print('K270', [c.__name__ for c in K270.__mro__])
    names_ok = True
except TypeError as e:
    print('K270', 'TypeError', e)
    K270 = None
try:
    class K271(K213): pass
    print('K271', [c.__name__ for c in K271.__mro__])
    names_ok = True
except TypeError as e:
    print('K271', 'TypeError', e)
    K271 = None
try:
    class K272(K192, K161): pass
    print('K272', [c.__name__ for c in K272.__mro__])
    names_ok = True
except TypeError as e:
    print('K272', 'TypeError', e)
    K272 = None
try:
    class K273: pass
    print('K273', [c.__name__ for c in K273.__mro__])
    names_ok = True
except TypeError as e:
    print('K273', 'TypeError', e)
    K273 = None
try:
    class K274(K0, K166): pass
    print('K274', [c.__name__ for c in K274.__mro__])
    names_ok = True
except TypeError as e:
    print('K274', 'TypeError', e)
    K274 = None
try:
    class K275(K203, K61): pass
    print('K275', [c.__name__ for c in K275.__mro__])
    names_ok = True
except TypeError as e:
    print('K275', 'TypeError', e)
    K275 = None
try:
    class K276(K6): pass
    print('K276', [c.__name__ for c in K276.__mro__])
    names_ok = True
except TypeError as e:
    print('K276', 'TypeError', e)
    K276 = None
try:
    class K277(K129, K190): pass
    print('K277', [c.__name__ for c in K277.__mro__])
    names_ok = True
except TypeError as e:
    print('K277', 'TypeError', e)
    K277 = None
try:
    class K278: pass
    print('K278', [c.__name__ for c in K278.__mro__])
    names_ok = True
except TypeError as e:
    print('K278', 'TypeError', e)
    K278 = None
try:
    class K279(K199, K39, K184): pass
    print('K279', [c.__name__ for c in K279.__mro__])
    names_ok = True
except TypeError as e:
    print('K279', 'TypeError', e)
    K279 = None
try:
    class K280(K140, K24, K143): pass
    print('K280', [c.__name__ for c in K280.__mro__])
    names_ok = True
except TypeError as e:
    print('K280', 'TypeError', e)
    K280 = None
try:
    class K281: pass
    print('K281', [c.__name__ for c in K281.__mro__])
    names_ok = True
except TypeError as e:
    print('K281', 'TypeError', e)
    K281 = None
try:
    class K282: pass
    print('K282', [c.__name__ for c in K282.__mro__])
    names_ok = True
except TypeError as e:
    print('K282', 'TypeError', e)
    K282 = None
try:
    class K283(K76, K127): pass
    print('K283', [c.__name__ for c in K283.__mro__])
    names_ok = True
except TypeError as e:
    print('K283', 'TypeError', e)
    K283 = None
try:
    class K284(K223, K261): pass
    print('K284', [c.__name__ for c in K284.__mro__])
    names_ok = True
except TypeError as e:
    print('K284', 'TypeError', e)
    K284 = None
try:
    class K285(K97, K191): pass
    print('K285', [c.__name__ for c in K285.__mro__])
    names_ok = True
except TypeError as e:
    print('K285', 'TypeError', e)
    K285 = None
try:
    class K286(K14, K204, K283): pass
    print('K286', [c.__name__ for c in K286.__mro__])
    names_ok = True
except TypeError as e:
    print('K286', 'TypeError', e)
    K286 = None
try:
    class K287(K41): pass
    print('K287', [c.__name__ for c in K287.__mro__])
    names_ok = True
except TypeError as e:
    print('K287', 'TypeError', e)
    K287 = None
try:
    class K288: pass
    print('K288', [c.__name__ for c in K288.__mro__])
    names_ok = True
except TypeError as e:
    print('K288', 'TypeError', e)
    K288 = None
try:
    class K289(K230, K70, K146): pass
    print('K289', [c.__name__ for c in K289.__mro__])
    names_ok = True
except TypeError as e:
    print('K289', 'TypeError', e)
    K289 = None
try:
    class K290(K25, K281, K65): pass
    print('K290', [c.__name__ for c in K290.__mro__])
    names_ok = True
except TypeError as e:
    print('K290', 'TypeError', e)
    K290 = None
try:
    class K291(K241): pass
    print('K291', [c.__name__ for c in K291.__mro__])
    names_ok = True
except TypeError as e:
    print('K291', 'TypeError', e)
    K291 = None
try:
    class K292(K175, K144, K152): pass
    print('K292', [c.__name__ for c in K292.__mro__])
    names_ok = True
except TypeError as e:
    print('K292', 'TypeError', e)
    K292 = None
try:
    class K293(K133, K207): pass
    print('K293', [c.__name__ for c in K293.__mro__])
    names_ok = True
except TypeError as e:
    print('K293', 'TypeError', e)
    K293 = None
try:
    class K294(K154): pass
    print('K294', [c.__name__ for c in K294.__mro__])
    names_ok = True
except TypeError as e:
    print('K294', 'TypeError', e)
    K294 = None
try:
    class K295(K285, K201, K61): pass
    print('K295', [c.__name__ for c in K295.__mro__])
    names_ok = True
except TypeError as e:
    print('K295', 'TypeError', e)
    K295 = None
try:
    class K296(K82): pass
    print('K296', [c.__name__ for c in K296.__mro__])
    names_ok = True
except TypeError as e:
    print('K296', 'TypeError', e)
    K296 = None
try:
    class K297: pass
    print('K297', [c.__name__ for c in K297.__mro__])
    names_ok = True
except TypeError as e:
    print('K297', 'TypeError', e)
    K297 = None
try:
    class K298(K256): pass
    print('K298', [c.__name__ for c in K298.__mro__])
    names_ok = True
except TypeError as e:
    print('K298', 'TypeError', e)
    K298 = None
try:
    class K299(K281, K112, K231): pass
    print('K299', [c.__name__ for c in K299.__mro__])
    names_ok = True
except TypeError as e:
    print('K299', 'TypeError', e)
    K299 = None
