// What Studio's labels say, per UI language, and where each was seen. Two tables:
// SEEN holds labels taken from Studio itself (a public page dump, notes written from the live
// page, a scraper that matches the page's visible text), each under the source it came from;
// GUESSED holds the team's own labels from memory and translation, kept as unverified fallbacks
// until a real page confirms or contradicts them. Alternatives are separated by '|'; matching is
// case-, accent- and spacing-insensitive (see normalizeLabel). Keep entries short: this ships in
// the content script (LABEL_SOURCES' descriptions do not: only tests and reports import them).
import type { BreakdownKey, MetricKey } from './snapshot';

type Vocabulary = Partial<Record<LabelKey, string>>;

export type BreakdownItemKey =
  | 'trafficSource.forYou' | 'trafficSource.personalProfile' | 'trafficSource.following'
  | 'trafficSource.search' | 'trafficSource.sound' | 'trafficSource.directMessages' | 'trafficSource.other'
  | 'gender.male' | 'gender.female' | 'gender.other'
  | 'viewerTypes.new' | 'viewerTypes.returning' | 'viewerTypes.followers' | 'viewerTypes.nonFollowers';

export type LabelKey =
  | MetricKey
  | `heading.${BreakdownKey}`
  | 'heading.keyMetrics'
  | BreakdownItemKey
  | 'marker.pinned' | 'marker.scheduled' | 'marker.processing' | 'marker.postedOn'
  | 'wall.login' | 'wall.error'
  /** A range picker's text with `{n}` for the number of days ("Last {n} days"); never a label. */
  | 'range.lastDays';

export interface LabelSource {
  /** page: Studio's own text (a dump, or notes written from the live page); scraper: a public tool that matches the page's visible text; unverified: nobody has seen it on Studio. */
  kind: 'page' | 'scraper' | 'unverified';
  where: string;
}

/** Where the labels in SEEN come from. */
export const LABEL_SOURCES = {
  'zh-page': {
    kind: 'page',
    where: 'A real Simplified-Chinese Studio video page that a creator captured and published, read against the reader in issue 20: Studio writes 总播放时间 (total play time).',
  },
  'zh-capture': {
    kind: 'page',
    where: 'A public CDP collector\'s test fixture holding the text of a real Simplified-Chinese Studio video page, captured 2026-09-11: 播放量, 总播放时间, 平均观看时间, 已观看完整视频, 新增粉丝数, 流量来源 with 推荐, 搜索, 个人资料, 已关注, 私信, 音乐, 其它 (shares down to "<0.1%"), 搜索查询 and its "正在处理你的视频数据" line. Index id 66376009422.',
  },
  'zh-collector': {
    kind: 'scraper',
    where: 'A public Playwright collector for Chinese-speaking creators that finds Studio\'s video-page values by their visible labels (播放量, 总播放时间, 平均观看时间, 已观看完整视频, 新增粉丝, 流量来源, 搜索查询, 发布于) and the English ones beside them (Video views, Total play time, Average watch time, Watched full video, New followers, Traffic source, Search queries, Posted on). Index id 63101685952.',
  },
  'fr-live-notes': {
    kind: 'page',
    where: 'ZeDKouill3/TikTokParseUpload: task notes and selector tests written from the live French Studio (account analytics tiles, one post\'s overview cards [data-tt=VideoOverviewPage_VideoMetricsCard_FlexItem], its viewers and engagement tabs, the posts table), with the captures they cite.',
  },
  'vi-scraper': {
    kind: 'scraper',
    where: 'A public Playwright scraper of Vietnamese Studio that reads a video\'s overview and viewers tabs by these visible titles (VideoViewerPage_VideoViewCard, components_AnalyticsCard_CardWrapper, components_SingleBarChart). Index id 67239430460.',
  },
  'en-scrapers': {
    kind: 'scraper',
    where: 'Public scrapers of English Studio (achibukz/THESIS-gemini tiktok-analytics-exporter, Avic-product/browsing-skills get-post-analytics, piboss001/tiktok-studio-data-collector), a chromedp collector reading "Total followers" from components_AnalyticsCard_CardWrapper (index id 36084733857) and the Chinese collector above.',
  },
  'ja-scraper': {
    kind: 'scraper',
    where: 'A public userscript that reads Japanese Studio by its visible lines: a video (YYYY/M/Dに投稿 then five counters, 総再生時間, 平均視聴時間, 動画をフル視聴, 新規フォロワー数), the account overview (動画の視聴 or 動画の視聴数, プロフィールの表示回数, いいね, コメント, シェア), followers (トータルフォロワー数, 純フォロワー数), posts (ピン留め). Index id 70076850315.',
  },
  'es-scraper': {
    kind: 'scraper',
    where: 'A public Puppeteer scraper of Spanish Studio\'s account analytics (/tiktokstudio/analytics?dateRange=…&activeAnalyticsMetric=…) that finds each metric by its visible label. Index id 41624090605.',
  },
  'home-walkthrough': {
    kind: 'page',
    where: 'tk0123.com/3475.html: a creator\'s screenshot walk-through of Studio (then Creator Center) Home: "key metrics", followers, following and likes at the top right, ranges of the past 7/28/60 days.',
  },
  team: { kind: 'unverified', where: 'Written by the team from memory and translation; not yet seen on a Studio page.' },
} as const satisfies Record<string, LabelSource>;

export type LabelSourceId = keyof typeof LABEL_SOURCES;

/** Labels seen on Studio, per language, under the source that showed them. First in each list wins for display. */
const SEEN: Record<string, Array<[Exclude<LabelSourceId, 'team'>, Vocabulary]>> = {
  en: [
    ['en-scrapers', {
      videoViews: 'Video views', profileViews: 'Profile views', likes: 'Likes', comments: 'Comments', shares: 'Shares',
      estimatedRewards: 'Est. rewards', followers: 'Total followers', netFollowers: 'Net followers', newFollowers: 'New followers',
      totalViewers: 'Total viewers', newViewers: 'New viewers', returningViewers: 'Returning viewers',
      totalPlayTime: 'Total play time', averageWatchTime: 'Average watch time', watchedFullVideo: 'Watched full video',
      'heading.trafficSource': 'Traffic source', 'heading.searchQueries': 'Search queries', 'heading.gender': 'Gender',
      'heading.age': 'Age', 'heading.locations': 'Locations',
      'trafficSource.forYou': 'For You', 'trafficSource.personalProfile': 'Personal profile', 'trafficSource.following': 'Following',
      'trafficSource.search': 'Search', 'trafficSource.sound': 'Sound', 'trafficSource.directMessages': 'Direct messages',
      'trafficSource.other': 'Other', 'gender.male': 'Male', 'gender.female': 'Female', 'gender.other': 'Other',
      'viewerTypes.followers': 'Followers', 'viewerTypes.nonFollowers': 'Non-followers', 'marker.pinned': 'Pinned',
      'marker.postedOn': 'Posted on',
    }],
    ['home-walkthrough', { 'heading.keyMetrics': 'Key metrics', followers: 'Followers', 'range.lastDays': 'Last {n} days' }],
  ],
  fr: [
    ['fr-live-notes', {
      videoViews: 'Vues de vidéo|Vues de la vidéo|Vues', profileViews: 'Vues du profil', likes: "J'aime", comments: 'Commentaires',
      shares: 'Partages', totalPlayTime: 'Temps de lecture total', averageWatchTime: 'Temps de visionnage moyen',
      watchedFullVideo: 'A regardé toute la vidéo', newFollowers: 'Nouveaux followers', totalViewers: 'Total des spectateurs',
      'heading.viewerTypes': 'Types de spectateurs', 'heading.gender': 'Sexe', 'heading.age': 'Âge', 'heading.locations': 'Lieux',
      'marker.processing': 'en cours de traitement', 'marker.postedOn': 'Publié le', 'range.lastDays': '{n} derniers jours',
    }],
  ],
  ja: [
    ['ja-scraper', {
      videoViews: '動画の視聴数|動画の視聴', profileViews: 'プロフィールの表示回数', likes: 'いいね', comments: 'コメント', shares: 'シェア',
      totalPlayTime: '総再生時間', averageWatchTime: '平均視聴時間', watchedFullVideo: '動画をフル視聴', newFollowers: '新規フォロワー数',
      followers: 'トータルフォロワー数', netFollowers: '純フォロワー数', 'marker.pinned': 'ピン留め', 'marker.postedOn': 'に投稿',
    }],
  ],
  es: [
    ['es-scraper', {
      videoViews: 'Visualizaciones de videos', profileViews: 'Visualizaciones de perfil', likes: 'Me gusta', comments: 'Comentarios',
      shares: 'Veces compartido',
    }],
  ],
  vi: [
    ['vi-scraper', {
      totalViewers: 'Tổng số người xem', totalPlayTime: 'Tổng thời gian phát', averageWatchTime: 'Thời gian xem trung bình',
      watchedFullVideo: 'Đã xem hết video', newFollowers: 'Follower mới', 'heading.trafficSource': 'Nguồn lưu lượng truy cập',
      'heading.age': 'Tuổi', 'heading.locations': 'Vị trí', 'viewerTypes.new': 'Người xem mới', 'viewerTypes.returning': 'Người xem quay lại',
      'gender.male': 'Nam', 'gender.female': 'Nữ', 'gender.other': 'Khác',
    }],
  ],
  zh: [
    ['zh-page', { totalPlayTime: '总播放时间' }],
    ['zh-capture', {
      videoViews: '播放量', totalPlayTime: '总播放时间', averageWatchTime: '平均观看时间', watchedFullVideo: '已观看完整视频', newFollowers: '新增粉丝数',
      'heading.trafficSource': '流量来源', 'heading.searchQueries': '搜索查询', 'trafficSource.forYou': '推荐', 'trafficSource.search': '搜索',
      'trafficSource.personalProfile': '个人资料', 'trafficSource.following': '已关注', 'trafficSource.directMessages': '私信',
      'trafficSource.sound': '音乐', 'trafficSource.other': '其它', 'marker.processing': '正在处理', 'marker.postedOn': '发布于',
    }],
    ['zh-collector', {
      videoViews: '播放量', averageWatchTime: '平均观看时间', watchedFullVideo: '已观看完整视频', newFollowers: '新增粉丝',
      'heading.trafficSource': '流量来源', 'heading.searchQueries': '搜索查询', 'marker.postedOn': '发布于',
    }],
  ],
};

/** The team's labels: unverified fallbacks (source 'team'), read after SEEN. */
const GUESSED: Record<string, Vocabulary> = {
  en: {
    videoViews: 'Views', saves: 'Saves|Favorites', estimatedRewards: 'Estimated rewards',
    'heading.locations': 'Top locations', 'heading.viewerTypes': 'Viewer types',
    'viewerTypes.new': 'New viewers', 'viewerTypes.returning': 'Returning viewers',
    'marker.scheduled': 'Scheduled', 'marker.processing': 'Processing|being processed|Data will show when|Data will be available when',
    'wall.login': 'Log in to TikTok|Log in', 'wall.error': 'Something went wrong|Page not available|Couldn\u2019t load|Couldn\'t load',
  },
  es: {
    'heading.keyMetrics': 'Métricas clave', 'range.lastDays': 'Últimos {n} días',
    videoViews: 'Visualizaciones del video|Visualizaciones',
    shares: 'Compartidos', saves: 'Guardados|Favoritos',
    estimatedRewards: 'Recompensas estimadas', followers: 'Seguidores totales|Total de seguidores|Seguidores',
    netFollowers: 'Seguidores netos', newFollowers: 'Nuevos seguidores', totalViewers: 'Total de espectadores',
    newViewers: 'Espectadores nuevos', returningViewers: 'Espectadores recurrentes',
    totalPlayTime: 'Tiempo total de reproducción', averageWatchTime: 'Tiempo promedio de visualización|Tiempo medio de visualización',
    watchedFullVideo: 'Vieron el video completo|Vio el video completo',
    'heading.trafficSource': 'Fuente de tráfico', 'heading.gender': 'Sexo|Género', 'heading.age': 'Edad',
    'heading.locations': 'Ubicaciones', 'heading.viewerTypes': 'Tipos de espectadores', 'heading.searchQueries': 'Búsquedas|Consultas de búsqueda',
    'trafficSource.forYou': 'Para ti', 'trafficSource.personalProfile': 'Perfil personal', 'trafficSource.following': 'Siguiendo',
    'trafficSource.search': 'Búsqueda', 'trafficSource.sound': 'Sonido', 'trafficSource.directMessages': 'Mensajes directos',
    'trafficSource.other': 'Otro|Otros', 'gender.male': 'Hombre|Masculino', 'gender.female': 'Mujer|Femenino', 'gender.other': 'Otro|Otros',
    'viewerTypes.new': 'Espectadores nuevos', 'viewerTypes.returning': 'Espectadores recurrentes',
    'viewerTypes.followers': 'Seguidores', 'viewerTypes.nonFollowers': 'No seguidores',
    'marker.pinned': 'Fijado', 'marker.scheduled': 'Programado', 'marker.processing': 'Procesando|Se están procesando los datos',
    'marker.postedOn': 'Publicado el', 'wall.login': 'Iniciar sesión en TikTok', 'wall.error': 'Algo salió mal',
  },
  pt: {
    'heading.keyMetrics': 'Principais métricas|Métricas principais', 'range.lastDays': 'Últimos {n} dias',
    videoViews: 'Visualizações do vídeo|Visualizações de vídeo|Visualizações', profileViews: 'Visualizações do perfil',
    likes: 'Curtidas', comments: 'Comentários', shares: 'Compartilhamentos', saves: 'Salvamentos|Favoritos',
    estimatedRewards: 'Recompensas estimadas', followers: 'Total de seguidores|Seguidores', netFollowers: 'Seguidores líquidos',
    newFollowers: 'Novos seguidores', totalViewers: 'Total de espectadores', newViewers: 'Novos espectadores',
    returningViewers: 'Espectadores recorrentes', totalPlayTime: 'Tempo total de reprodução',
    averageWatchTime: 'Tempo médio de visualização', watchedFullVideo: 'Assistiu ao vídeo completo',
    'heading.trafficSource': 'Fonte de tráfego', 'heading.gender': 'Gênero', 'heading.age': 'Idade',
    'heading.locations': 'Localizações|Locais', 'heading.viewerTypes': 'Tipos de espectadores', 'heading.searchQueries': 'Pesquisas',
    'trafficSource.forYou': 'Para você', 'trafficSource.personalProfile': 'Perfil pessoal', 'trafficSource.following': 'Seguindo',
    'trafficSource.search': 'Pesquisa', 'trafficSource.sound': 'Som', 'trafficSource.directMessages': 'Mensagens diretas',
    'trafficSource.other': 'Outro|Outros', 'gender.male': 'Masculino', 'gender.female': 'Feminino', 'gender.other': 'Outro|Outros',
    'viewerTypes.new': 'Novos espectadores', 'viewerTypes.returning': 'Espectadores recorrentes',
    'viewerTypes.followers': 'Seguidores', 'viewerTypes.nonFollowers': 'Não seguidores',
    'marker.pinned': 'Fixado', 'marker.scheduled': 'Agendado', 'marker.processing': 'Processando|Os dados estão sendo processados',
    'marker.postedOn': 'Publicado em', 'wall.login': 'Entrar no TikTok', 'wall.error': 'Algo deu errado',
  },
  fr: {
    'heading.keyMetrics': 'Indicateurs clés|Statistiques clés',
    videoViews: 'Vues des vidéos',
    saves: 'Enregistrements|Favoris', estimatedRewards: 'Récompenses estimées',
    followers: 'Nombre total de followers|Followers', netFollowers: 'Followers nets',
    totalViewers: 'Nombre total de spectateurs', newViewers: 'Nouveaux spectateurs', returningViewers: 'Spectateurs récurrents',
    'heading.trafficSource': 'Source du trafic', 'heading.gender': 'Genre',
    'heading.locations': 'Emplacements|Localisations', 'heading.searchQueries': 'Recherches',
    'trafficSource.forYou': 'Pour toi', 'trafficSource.personalProfile': 'Profil personnel', 'trafficSource.following': 'Abonnements',
    'trafficSource.search': 'Recherche', 'trafficSource.sound': 'Son', 'trafficSource.directMessages': 'Messages directs',
    'trafficSource.other': 'Autre|Autres', 'gender.male': 'Homme|Masculin', 'gender.female': 'Femme|Féminin', 'gender.other': 'Autre|Autres',
    'viewerTypes.new': 'Nouveaux spectateurs', 'viewerTypes.returning': 'Spectateurs récurrents',
    'viewerTypes.followers': 'Followers', 'viewerTypes.nonFollowers': 'Non-followers',
    'marker.pinned': 'Épinglé', 'marker.scheduled': 'Programmé', 'marker.processing': 'En cours de traitement',
    'wall.login': 'Se connecter à TikTok', 'wall.error': 'Un problème est survenu',
  },
  de: {
    'heading.keyMetrics': 'Wichtige Kennzahlen|Wichtigste Kennzahlen', 'range.lastDays': 'Letzte {n} Tage',
    videoViews: 'Videoaufrufe|Aufrufe', profileViews: 'Profilaufrufe', likes: 'Likes|„Gefällt mir“-Angaben', comments: 'Kommentare',
    shares: 'Geteilt|Mal geteilt', saves: 'Gespeichert|Favoriten', estimatedRewards: 'Geschätzte Prämien',
    followers: 'Follower insgesamt|Follower', netFollowers: 'Netto-Follower', newFollowers: 'Neue Follower',
    totalViewers: 'Zuschauer insgesamt', newViewers: 'Neue Zuschauer', returningViewers: 'Wiederkehrende Zuschauer',
    totalPlayTime: 'Gesamte Wiedergabezeit', averageWatchTime: 'Durchschnittliche Wiedergabezeit', watchedFullVideo: 'Vollständig angesehen',
    'heading.trafficSource': 'Traffic-Quelle|Zugriffsquelle', 'heading.gender': 'Geschlecht', 'heading.age': 'Alter',
    'heading.locations': 'Standorte', 'heading.viewerTypes': 'Zuschauertypen', 'heading.searchQueries': 'Suchanfragen',
    'trafficSource.forYou': 'Für dich', 'trafficSource.personalProfile': 'Persönliches Profil', 'trafficSource.following': 'Folge ich',
    'trafficSource.search': 'Suche', 'trafficSource.sound': 'Sound', 'trafficSource.directMessages': 'Direktnachrichten',
    'trafficSource.other': 'Sonstige|Andere', 'gender.male': 'Männlich', 'gender.female': 'Weiblich', 'gender.other': 'Divers|Andere',
    'viewerTypes.new': 'Neue Zuschauer', 'viewerTypes.returning': 'Wiederkehrende Zuschauer',
    'viewerTypes.followers': 'Follower', 'viewerTypes.nonFollowers': 'Nicht-Follower',
    'marker.pinned': 'Angeheftet|Fixiert', 'marker.scheduled': 'Geplant', 'marker.processing': 'Wird verarbeitet',
    'marker.postedOn': 'Gepostet am', 'wall.login': 'Bei TikTok anmelden', 'wall.error': 'Etwas ist schiefgelaufen',
  },
  ja: {
    'heading.keyMetrics': '主要指標|主要な指標', 'range.lastDays': '過去{n}日間|過去{n}日',
    videoViews: '視聴数', likes: 'いいね数', comments: 'コメント数',
    shares: 'シェア数', saves: '保存|保存数', estimatedRewards: '推定報酬', followers: 'フォロワー数',
    totalViewers: '総視聴者数', newViewers: '新規視聴者',
    returningViewers: 'リピーター視聴者',
    'heading.trafficSource': 'トラフィックソース', 'heading.gender': '性別', 'heading.age': '年齢', 'heading.locations': '地域|国・地域',
    'heading.viewerTypes': '視聴者タイプ', 'heading.searchQueries': '検索キーワード',
    'trafficSource.forYou': 'おすすめ', 'trafficSource.personalProfile': '個人のプロフィール|プロフィール', 'trafficSource.following': 'フォロー中',
    'trafficSource.search': '検索', 'trafficSource.sound': 'サウンド|楽曲', 'trafficSource.directMessages': 'ダイレクトメッセージ',
    'trafficSource.other': 'その他', 'gender.male': '男性', 'gender.female': '女性', 'gender.other': 'その他',
    'viewerTypes.new': '新規視聴者', 'viewerTypes.returning': 'リピーター視聴者', 'viewerTypes.followers': 'フォロワー',
    'viewerTypes.nonFollowers': 'フォロワー以外',
    'marker.pinned': '固定済み|固定', 'marker.scheduled': '予約済み', 'marker.processing': '処理中',
    'wall.login': 'TikTokにログイン', 'wall.error': '問題が発生しました',
  },
  ko: {
    'heading.keyMetrics': '주요 지표', 'range.lastDays': '지난 {n}일',
    videoViews: '동영상 조회수|조회수', profileViews: '프로필 조회수', likes: '좋아요', comments: '댓글', shares: '공유', saves: '저장',
    estimatedRewards: '예상 리워드', followers: '총 팔로워|팔로워', netFollowers: '순 팔로워', newFollowers: '새 팔로워',
    totalViewers: '총 시청자', newViewers: '새 시청자', returningViewers: '재방문 시청자', totalPlayTime: '총 재생 시간',
    averageWatchTime: '평균 시청 시간', watchedFullVideo: '전체 동영상 시청',
    'heading.trafficSource': '트래픽 소스', 'heading.gender': '성별', 'heading.age': '연령', 'heading.locations': '위치',
    'heading.viewerTypes': '시청자 유형', 'heading.searchQueries': '검색어',
    'trafficSource.forYou': '추천', 'trafficSource.personalProfile': '개인 프로필', 'trafficSource.following': '팔로잉',
    'trafficSource.search': '검색', 'trafficSource.sound': '사운드', 'trafficSource.directMessages': '다이렉트 메시지',
    'trafficSource.other': '기타', 'gender.male': '남성', 'gender.female': '여성', 'gender.other': '기타',
    'viewerTypes.new': '새 시청자', 'viewerTypes.returning': '재방문 시청자', 'viewerTypes.followers': '팔로워',
    'viewerTypes.nonFollowers': '비팔로워',
    'marker.pinned': '고정됨', 'marker.scheduled': '예약됨', 'marker.processing': '처리 중', 'marker.postedOn': '게시일',
    'wall.login': 'TikTok에 로그인', 'wall.error': '문제가 발생했습니다',
  },
  zh: {
    'heading.keyMetrics': '关键指标|關鍵指標|主要指标', 'range.lastDays': '过去 {n} 天|過去 {n} 天|近{n}天',
    videoViews: '视频观看次数|观看次数|總播放量|总播放量|影片觀看次數', profileViews: '主页访问量|个人资料浏览量|個人檔案瀏覽次數',
    likes: '赞|点赞数|喜歡次數|按讚數', comments: '评论|评论数|留言|留言數', shares: '分享|分享次数|分享次數', saves: '收藏|收藏次数',
    estimatedRewards: '预估奖励|預估獎勵', followers: '粉丝总数|总粉丝数|粉絲總數', netFollowers: '净粉丝数|淨粉絲數',
    newFollowers: '新粉丝|新粉絲', totalViewers: '观众总数|觀眾總數', newViewers: '新观众|新觀眾',
    returningViewers: '回访观众|回訪觀眾', totalPlayTime: '总播放时长|總播放時長', averageWatchTime: '平均观看时长|平均觀看時長',
    watchedFullVideo: '完整观看|完整觀看',
    'heading.trafficSource': '流量來源', 'heading.gender': '性别|性別', 'heading.age': '年龄|年齡', 'heading.locations': '地区|地區',
    'heading.viewerTypes': '观众类型|觀眾類型', 'heading.searchQueries': '搜索词|搜尋字詞',
    'trafficSource.forYou': '推荐|為你推薦|推薦', 'trafficSource.personalProfile': '个人主页|個人檔案', 'trafficSource.following': '关注|追蹤中',
    'trafficSource.search': '搜索|搜尋', 'trafficSource.sound': '声音|音樂', 'trafficSource.directMessages': '私信|私訊',
    'trafficSource.other': '其他', 'gender.male': '男性', 'gender.female': '女性', 'gender.other': '其他',
    'viewerTypes.new': '新观众|新觀眾', 'viewerTypes.returning': '回访观众|回訪觀眾', 'viewerTypes.followers': '粉丝|粉絲',
    'viewerTypes.nonFollowers': '非粉丝|非粉絲',
    'marker.pinned': '已置顶|已置頂', 'marker.scheduled': '已排期|已排程', 'marker.processing': '处理中|處理中', 'marker.postedOn': '發佈於',
    'wall.login': '登录 TikTok|登入 TikTok', 'wall.error': '出错了|發生錯誤',
  },
  vi: {
    'heading.keyMetrics': 'Chỉ số chính', 'range.lastDays': '{n} ngày qua|{n} ngày vừa qua',
    videoViews: 'Lượt xem video', profileViews: 'Lượt xem hồ sơ', likes: 'Lượt thích', comments: 'Bình luận', shares: 'Lượt chia sẻ',
    saves: 'Lượt lưu', estimatedRewards: 'Phần thưởng ước tính', followers: 'Tổng số follower|Follower', netFollowers: 'Follower ròng',
    newViewers: 'Người xem mới', returningViewers: 'Người xem quay lại',
    'heading.gender': 'Giới tính', 'heading.age': 'Độ tuổi',
    'heading.viewerTypes': 'Loại người xem', 'heading.searchQueries': 'Cụm từ tìm kiếm',
    'trafficSource.forYou': 'Dành cho bạn', 'trafficSource.personalProfile': 'Hồ sơ cá nhân', 'trafficSource.following': 'Đang follow',
    'trafficSource.search': 'Tìm kiếm', 'trafficSource.sound': 'Âm thanh', 'trafficSource.directMessages': 'Tin nhắn trực tiếp',
    'trafficSource.other': 'Khác',
    'viewerTypes.followers': 'Follower',
    'viewerTypes.nonFollowers': 'Không phải follower',
    'marker.pinned': 'Đã ghim', 'marker.scheduled': 'Đã lên lịch', 'marker.processing': 'Đang xử lý', 'marker.postedOn': 'Đã đăng vào',
    'wall.login': 'Đăng nhập vào TikTok', 'wall.error': 'Đã xảy ra lỗi',
  },
  id: {
    'heading.keyMetrics': 'Metrik utama', 'range.lastDays': '{n} hari terakhir',
    videoViews: 'Penayangan video|Tayangan video', profileViews: 'Penayangan profil|Tayangan profil', likes: 'Suka', comments: 'Komentar',
    shares: 'Dibagikan|Bagikan', saves: 'Disimpan|Simpan', estimatedRewards: 'Perkiraan hadiah', followers: 'Total pengikut|Pengikut',
    netFollowers: 'Pengikut bersih', newFollowers: 'Pengikut baru', totalViewers: 'Total penonton', newViewers: 'Penonton baru',
    returningViewers: 'Penonton kembali', totalPlayTime: 'Total waktu putar', averageWatchTime: 'Rata-rata waktu tonton',
    watchedFullVideo: 'Menonton video penuh',
    'heading.trafficSource': 'Sumber lalu lintas', 'heading.gender': 'Jenis kelamin', 'heading.age': 'Usia', 'heading.locations': 'Lokasi',
    'heading.viewerTypes': 'Jenis penonton', 'heading.searchQueries': 'Kueri penelusuran',
    'trafficSource.forYou': 'Untuk Anda', 'trafficSource.personalProfile': 'Profil pribadi', 'trafficSource.following': 'Mengikuti',
    'trafficSource.search': 'Pencarian', 'trafficSource.sound': 'Suara', 'trafficSource.directMessages': 'Pesan langsung',
    'trafficSource.other': 'Lainnya', 'gender.male': 'Laki-laki|Pria', 'gender.female': 'Perempuan|Wanita', 'gender.other': 'Lainnya',
    'viewerTypes.new': 'Penonton baru', 'viewerTypes.returning': 'Penonton kembali', 'viewerTypes.followers': 'Pengikut',
    'viewerTypes.nonFollowers': 'Bukan pengikut',
    'marker.pinned': 'Disematkan', 'marker.scheduled': 'Dijadwalkan', 'marker.processing': 'Sedang diproses', 'marker.postedOn': 'Diposting pada',
    'wall.login': 'Masuk ke TikTok', 'wall.error': 'Terjadi kesalahan',
  },
  tr: {
    'heading.keyMetrics': 'Temel metrikler', 'range.lastDays': 'Son {n} gün',
    videoViews: 'Video görüntülemeleri|Video izlenmeleri|Görüntülemeler', profileViews: 'Profil görüntülemeleri', likes: 'Beğeniler|Beğeni',
    comments: 'Yorumlar', shares: 'Paylaşımlar', saves: 'Kaydetmeler|Kaydedilenler', estimatedRewards: 'Tahmini ödüller',
    followers: 'Toplam takipçi|Takipçiler', netFollowers: 'Net takipçi', newFollowers: 'Yeni takipçiler', totalViewers: 'Toplam izleyici',
    newViewers: 'Yeni izleyiciler', returningViewers: 'Geri dönen izleyiciler', totalPlayTime: 'Toplam oynatma süresi',
    averageWatchTime: 'Ortalama izlenme süresi', watchedFullVideo: 'Videonun tamamını izledi',
    'heading.trafficSource': 'Trafik kaynağı', 'heading.gender': 'Cinsiyet', 'heading.age': 'Yaş', 'heading.locations': 'Konumlar',
    'heading.viewerTypes': 'İzleyici türleri', 'heading.searchQueries': 'Arama sorguları',
    'trafficSource.forYou': 'Sana Özel', 'trafficSource.personalProfile': 'Kişisel profil', 'trafficSource.following': 'Takip edilenler',
    'trafficSource.search': 'Arama', 'trafficSource.sound': 'Ses', 'trafficSource.directMessages': 'Doğrudan mesajlar',
    'trafficSource.other': 'Diğer', 'gender.male': 'Erkek', 'gender.female': 'Kadın', 'gender.other': 'Diğer',
    'viewerTypes.new': 'Yeni izleyiciler', 'viewerTypes.returning': 'Geri dönen izleyiciler', 'viewerTypes.followers': 'Takipçiler',
    'viewerTypes.nonFollowers': 'Takipçi olmayanlar',
    'marker.pinned': 'Sabitlendi', 'marker.scheduled': 'Planlandı', 'marker.processing': 'İşleniyor', 'marker.postedOn': 'Yayınlanma tarihi',
    'wall.login': "TikTok'a giriş yap", 'wall.error': 'Bir sorun oluştu',
  },
};

/** The languages Studio's labels are known in (seen or guessed). */
export const LABEL_LANGUAGES = [...new Set([...Object.keys(SEEN), ...Object.keys(GUESSED)])];

/** The languages with at least one label seen on Studio itself. */
export const EVIDENCE_LANGUAGES = Object.keys(SEEN);

export interface LabelEvidence {
  key: LabelKey;
  text: string;
  source: LabelSourceId;
}

/** Every label of `lang` with where it was seen (SEEN first, then the team's unverified guesses). */
export function labelEvidence(lang: string): LabelEvidence[] {
  const out: LabelEvidence[] = [];
  const add = (source: LabelSourceId, vocabulary: Vocabulary) => {
    for (const [key, alternatives] of Object.entries(vocabulary) as [LabelKey, string][])
      for (const text of alternatives.split('|'))
        if (!out.some((e) => e.key === key && e.text === text)) out.push({ key, text, source });
  };
  for (const [source, vocabulary] of SEEN[lang] ?? []) add(source, vocabulary);
  add('team', GUESSED[lang] ?? {});
  return out;
}

const byKey = new Map<string, string[]>();

/** Every way `lang` writes the label `key` (first: the one seen on Studio, else the usual guess). */
export function labelTexts(key: LabelKey, lang: string): string[] {
  const id = `${lang}\u0000${key}`;
  let texts = byKey.get(id);
  if (!texts) {
    texts = labelEvidence(lang).filter((e) => e.key === key).map((e) => e.text);
    byKey.set(id, texts);
  }
  return texts;
}

/** Lowercase, accents and typographic quotes folded, spaces collapsed, trailing colon dropped. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/[\u2018\u2019\u201c\u201d\u201e„“]/g, "'")
    .replace(/[\s\u00a0\u202f\u200b]+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

export interface LabelMatch {
  key: LabelKey;
  lang: string;
}

let index: Map<string, LabelMatch[]> | undefined;

/** Every normalized label → the keys it can mean (one text can be a metric and a list item). */
function labelIndex(): Map<string, LabelMatch[]> {
  if (index) return index;
  index = new Map();
  for (const lang of LABEL_LANGUAGES) {
    for (const { key, text } of labelEvidence(lang)) {
      // Range texts are templates, read by readRangeDays, never labels.
      if (key.startsWith('range.')) continue;
      const normal = normalizeLabel(text);
      const list = index.get(normal) ?? [];
      if (!list.some((m) => m.key === key)) list.push({ key, lang });
      index.set(normal, list);
    }
  }
  return index;
}

/** Texts already looked up (a page is read again on every settled change, with mostly the same texts). */
const looked = new Map<string, LabelMatch[] | undefined>();
const LOOKED_MAX = 5000;

export function lookupLabel(text: string): LabelMatch[] | undefined {
  if (text.length > 60) return undefined;
  if (looked.has(text)) return looked.get(text);
  const found = labelIndex().get(normalizeLabel(text));
  if (looked.size >= LOOKED_MAX) looked.clear();
  looked.set(text, found);
  return found;
}

/** True when the text contains one of the key's labels in any language (for markers inside longer text). */
export function mentions(text: string, key: LabelKey): boolean {
  const normal = normalizeLabel(text);
  if (!normal) return false;
  return LABEL_LANGUAGES.some((lang) => labelTexts(key, lang).some((label) => normal.includes(normalizeLabel(label))));
}

let rangePatterns: RegExp[] | undefined;

/** "Last 28 days", "28 derniers jours", "過去28日間": the number of days a range picker's text says, in any language. */
export function readRangeDays(text: string): number | undefined {
  if (text.length > 40) return undefined;
  rangePatterns ??= LABEL_LANGUAGES.flatMap((lang) =>
    labelTexts('range.lastDays', lang).map((template) => {
      const [before, after] = normalizeLabel(template).split('{n}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?'));
      return new RegExp(`^${before}(\\d{1,4})${after}$`);
    }),
  );
  const normal = normalizeLabel(text);
  for (const pattern of rangePatterns) {
    const match = pattern.exec(normal);
    if (match && Number(match[1]) >= 1 && Number(match[1]) <= 3650) return Number(match[1]);
  }
  return undefined;
}
