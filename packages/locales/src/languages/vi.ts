import type { LocaleFile } from '../types.js';

/** Vietnamese. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const vi: LocaleFile = {
  meta: {
    code: 'vi',
    name: 'Tiếng Việt',
    englishName: 'Vietnamese',
    dir: 'ltr',
    status: 'machine',
  },
  strings: {
    checklist: {
      loading: 'Đang tải…',
      loadFailed: 'Không tải được danh sách. Bạn vẫn có thể nhận trợ giúp ở bên dưới.',
      sets: {
        'job-offer': {
          title: 'Kiểm tra lời mời việc làm hoặc chuyến đi',
          intro: 'Trước khi đồng ý, hãy đánh dấu mỗi câu đúng với lời mời này.',
        },
        'my-situation': {
          title: 'Điều này có đang xảy ra với tôi không?',
          intro:
            'Hãy đánh dấu mỗi câu đúng với bạn. Bạn có thể không đánh dấu câu nào, hoặc đánh dấu một hay nhiều câu.',
        },
        'someone-else': {
          title: 'Dấu hiệu cho thấy ai đó có thể cần giúp đỡ',
          intro: 'Hãy nghĩ về người mà bạn đang lo lắng. Đánh dấu mỗi câu đúng với người đó.',
        },
        responder: {
          title: 'Công cụ sàng lọc cho nhân viên tuyến đầu',
          intro:
            'Đánh dấu những gì bạn thấy hoặc những gì người đó kể với bạn. Công cụ này hỗ trợ quy trình chuyển tuyến của bạn, không thay thế quy trình đó.',
        },
      },
      categories: {
        offer: 'Công việc',
        money: 'Tiền',
        papers: 'Giấy tờ và hợp đồng',
        pressure: 'Áp lực',
        'papers-money': 'Giấy tờ và tiền của bạn',
        freedom: 'Sự tự do của bạn',
        threats: 'Đe dọa và bạo lực',
        conditions: 'Điều kiện làm việc và sinh sống',
        control: 'Ai đang kiểm soát',
        wellbeing: 'Người đó trông thế nào',
        children: 'Trẻ em',
        recruitment: 'Tuyển dụng',
        coercion: 'Đe dọa và ép buộc',
        exploitation: 'Điều kiện và độ tuổi',
        other: 'Dấu hiệu khác',
      },
      result: {
        'job-offer': {
          none: 'Không có câu nào được đánh dấu. Trước khi nhận lời, hãy xin một bản hợp đồng mà bạn đọc được, tự giữ hộ chiếu của mình và đừng bao giờ trả tiền để có việc làm.',
          some: 'Đừng vội nhận lời. Hãy nói chuyện với người bạn tin tưởng, hoặc gọi đường dây nóng: họ có thể cùng bạn kiểm tra lời mời này.',
          urgent:
            'Nếu bạn đang gặp nguy hiểm, hãy gọi số khẩn cấp. Bạn không bắt buộc phải đi. Sau đó hãy nói chuyện với người bạn tin tưởng hoặc gọi đường dây nóng.',
        },
        'my-situation': {
          none: 'Không có câu nào được đánh dấu. Nếu mọi thứ thay đổi, hãy quay lại danh sách này. Bạn có thể gọi đường dây nóng bất cứ lúc nào, kể cả chỉ để hỏi.',
          some: 'Bạn không phải đối mặt với việc này một mình, và đây không phải lỗi của bạn. Hãy nói chuyện với người bạn tin tưởng, hoặc gọi đường dây nóng để biết bạn có những lựa chọn nào.',
          urgent:
            'Nếu bạn đang gặp nguy hiểm, hãy gọi số khẩn cấp. Nếu có thể, hãy đến một nơi an toàn. Sau đó gọi đường dây nóng: họ có thể giúp bạn.',
        },
        'someone-else': {
          none: 'Không có câu nào được đánh dấu. Hãy để ý những thay đổi. Nếu bạn vẫn lo lắng, đường dây nóng có thể cho bạn lời khuyên.',
          some: 'Người này có thể cần giúp đỡ. Đừng đối đầu với bất kỳ ai có vẻ đang kiểm soát họ. Hãy gọi đường dây nóng để được khuyên nên làm gì.',
          urgent:
            'Nếu ai đó đang gặp nguy hiểm, hãy gọi số khẩn cấp. Đừng để bạn hoặc người đó gặp rủi ro. Sau đó hãy gọi đường dây nóng.',
        },
        responder: {
          none: 'Không có dấu hiệu nào được đánh dấu. Hãy tiếp tục để ý: người ta thường kể sau, khi họ đã tin bạn.',
          some: 'Nói chuyện riêng với người đó, bằng ngôn ngữ của họ. Làm theo quy trình chuyển tuyến và xin ý kiến chuyên gia hoặc đường dây nóng.',
          urgent:
            'Có thể đang có nguy hiểm. Làm theo quy trình bảo vệ: an toàn trước, chuyển tuyến sau. Gọi dịch vụ cấp cứu nếu tính mạng bị đe dọa.',
        },
      },
      whyLabel: 'Vì sao điều này quan trọng:',
      caution:
        'Các dấu hiệu này là gợi ý để bạn tìm lời khuyên. Không một dấu hiệu riêng lẻ nào chứng minh được điều gì.',
      clear: 'Xóa câu trả lời',
      cleared: 'Câu trả lời của bạn đã được xóa.',
      privacy: 'Câu trả lời của bạn không được lưu hay gửi đi.',
      sources: 'Nguồn',
      sourcesIntro: 'Các câu hỏi do chúng tôi tự viết bằng lời của mình, dựa trên:',
      items: {
        'offer-too-good': 'Tiền lương cao hơn nhiều so với cùng công việc ở bất kỳ nơi nào khác.',
        'offer-vague': 'Không ai nói được cho bạn công việc cụ thể, tên người chủ hay địa chỉ.',
        'offer-changes': 'Công việc, tiền lương hoặc nơi làm việc cứ thay đổi.',
        'offer-fee': 'Bạn phải trả phí để có việc làm, visa hoặc chuyến đi.',
        'offer-travel-debt':
          'Họ trả tiền đi lại cho bạn, và bạn phải trả lại bằng tiền lương của mình.',
        'offer-passport-kept': 'Họ nói sẽ giữ hộ chiếu hoặc thẻ căn cước của bạn “cho an toàn”.',
        'offer-no-contract':
          'Không có hợp đồng bằng văn bản, hoặc hợp đồng viết bằng thứ tiếng bạn không đọc được.',
        'offer-pressure':
          'Họ thúc bạn quyết định thật nhanh, hoặc bảo bạn không được kể với ai về lời mời.',
        'offer-online-only':
          'Bạn chỉ nói chuyện với họ qua mạng xã hội hoặc ứng dụng nhắn tin, chưa bao giờ ở văn phòng.',
        'offer-threats': 'Họ đe dọa bạn hoặc gia đình bạn nếu bạn từ chối.',
        'passport-kept': 'Người khác giữ hộ chiếu hoặc thẻ căn cước của bạn và không chịu trả lại.',
        'wages-withheld': 'Bạn không được trả lương, hoặc người khác lấy tiền lương của bạn.',
        'debt-grows': 'Bạn nợ tiền ông chủ hoặc người tuyển dụng, và khoản nợ cứ tăng lên.',
        'cannot-leave': 'Bạn không thể rời khỏi nơi làm việc hoặc nơi ở khi bạn muốn.',
        'contact-cut': 'Có người ngăn bạn gọi điện hoặc gặp gia đình, bạn bè.',
        threatened: 'Có người đe dọa làm hại bạn hoặc gia đình bạn.',
        hurt: 'Có người đánh bạn, làm bạn đau, hoặc chạm vào bạn theo cách tình dục mà bạn không muốn.',
        'police-threat':
          'Có người nói cảnh sát sẽ bắt bạn hoặc đuổi bạn về nước nếu bạn khiếu nại.',
        'long-hours': 'Bạn làm việc rất nhiều giờ, có rất ít hoặc không có ngày nghỉ.',
        'no-food-care': 'Bạn không có đủ thức ăn, giấc ngủ hoặc chăm sóc y tế.',
        'other-speaks-for': 'Luôn có người đi cùng và nói thay cho họ.',
        'other-no-documents': 'Họ không có hộ chiếu hoặc thẻ căn cước của riêng mình.',
        'other-debt': 'Họ nợ tiền người tuyển dụng hoặc ông chủ.',
        'other-cannot-leave': 'Họ bị nhốt, hoặc không thể rời đi khi muốn.',
        'other-fearful':
          'Họ có vẻ sợ hãi hoặc căng thẳng, hoặc câu trả lời của họ nghe như học thuộc lòng.',
        'other-injuries': 'Họ có vết thương mà không chịu giải thích.',
        'other-lost-track': 'Họ không biết địa chỉ của mình, hoặc hôm nay là ngày nào.',
        'other-hungry-tired': 'Họ trông đói, rất mệt hoặc ốm, và không được ai chăm sóc.',
        'other-child-not-school': 'Một đứa trẻ đã nghỉ học, hoặc phải đi làm thay vì đi học.',
        'other-child-danger':
          'Một đứa trẻ bị làm hại, hoặc bị bắt làm việc, ăn xin hoặc làm những việc tình dục.',
        'resp-deceived': 'Người đó đã được hứa một công việc, mức lương hoặc nơi làm khác.',
        'resp-recruit-debt': 'Người đó đã trả phí tuyển dụng, hoặc đang nợ tiền đi lại hay chỗ ở.',
        'resp-documents': 'Người khác đang giữ giấy tờ tùy thân của họ.',
        'resp-accompanied': 'Một người khác nói thay họ, hoặc không để họ ở riêng với bạn.',
        'resp-wages': 'Họ không được trả lương, hoặc tiền lương của họ vào tay người khác.',
        'resp-threats': 'Họ hoặc gia đình họ đã bị đe dọa, kể cả bằng cảnh sát hoặc trục xuất.',
        'resp-violence': 'Có dấu hiệu bạo lực thể chất hoặc tình dục.',
        'resp-confined': 'Họ không thể tự do rời khỏi nơi làm việc hoặc nơi ở.',
        'resp-conditions':
          'Họ làm việc quá nhiều giờ, hoặc thiếu thức ăn, nghỉ ngơi hoặc chăm sóc y tế.',
        'resp-child':
          'Người đó là trẻ em phải làm việc, ăn xin, phạm tội cho người khác hoặc bị bóc lột tình dục.',
      },
      why: {
        'resp-deceived':
          'Lừa dối khi tuyển dụng là một dấu hiệu cốt lõi. Hãy ghi lại những gì đã được hứa và những gì đã xảy ra.',
        'resp-recruit-debt':
          'Khoản nợ có thể được dùng để ngăn một người rời đi (lao động gán nợ).',
        'resp-documents':
          'Không có giấy tờ, một người không thể đi lại, đổi việc hay xin giúp đỡ một cách an toàn.',
        'resp-accompanied':
          'Người kiểm soát có thể đang có mặt. Hãy nói chuyện riêng với người đó, với một phiên dịch viên không quen biết họ.',
        'resp-wages':
          'Lương không được trả hoặc bị lấy mất khiến người ta bị mắc kẹt, và thường gặp trong lao động cưỡng bức.',
        'resp-threats':
          'Những lời đe dọa khiến người ta quá sợ để xin giúp đỡ hoặc kể lại chuyện đã xảy ra.',
        'resp-violence':
          'Bạo lực nghĩa là có nguy cơ cho sức khỏe hoặc tính mạng. An toàn và chăm sóc y tế là trước hết.',
        'resp-confined':
          'Nếu một người không thể rời đi, họ có thể đang gặp nguy hiểm ngay lúc này.',
        'resp-conditions':
          'Điều kiện ngược đãi gây hại cho sức khỏe và cho thấy người đó bị đối xử thế nào.',
        'resp-child':
          'Trẻ em không thể đồng ý với việc bị bóc lột. Hãy làm theo quy trình bảo vệ trẻ em ngay lập tức.',
      },
    },
    stories: {
      label: 'Câu chuyện của người sống sót',
      slide: '{{index}} trên {{total}}',
      pick: 'Câu chuyện {{index}} trên {{total}}',
      picker: 'Chọn một câu chuyện',
      previous: 'Câu chuyện trước',
      next: 'Câu chuyện tiếp theo',
      pause: 'Tạm dừng tự chuyển',
      start: 'Bắt đầu tự chuyển',
      contentNote: 'Lưu ý về nội dung:',
      show: 'Xem câu chuyện',
      skip: 'Bỏ qua câu chuyện này',
      showList: 'Xem tất cả câu chuyện dạng danh sách',
      from: '{{name}}, {{location}}',
      pseudonym: 'Tên đã được thay đổi để bảo vệ danh tính',
      getHelp: 'Nhận trợ giúp',
    },
    helplineBanner: {
      label: 'Đường dây nóng',
      title: 'Nhận trợ giúp miễn phí và bảo mật',
      country: 'Quốc gia của bạn',
      chooseCountry: 'Chọn quốc gia của bạn',
      chooseCountryHint:
        'Chọn quốc gia của bạn để xem các đường dây nóng bạn có thể gọi hoặc nhắn tin.',
      hereGroup: 'Nơi bạn đang ở: {{country}}',
      originGroup: 'Từ {{country}}, gọi được từ nước ngoài',
      actions: {
        phone: 'Gọi',
        sms: 'Nhắn tin',
        whatsapp: 'WhatsApp',
        chat: 'Trò chuyện trực tuyến',
        form: 'Báo cáo trực tuyến',
        email: 'Email',
      },
      smsKeyword: 'Tin nhắn: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Hoạt động 24 giờ, mọi ngày',
      openUntil: 'Đang hoạt động, đến {{time}}',
      openNow: 'Đang hoạt động',
      closedUntil: 'Hiện đang đóng, mở lại {{when}}',
      closed: 'Hiện đang đóng',
      free: 'Miễn phí',
      inCountryOnly: 'Chỉ gọi được từ trong {{country}}',
      fromAbroad: 'Từ nước ngoài',
      languages: 'Ngôn ngữ: {{list}}',
      interpreters_other: 'thêm {{count, number}}+ ngôn ngữ qua phiên dịch viên',
      interpretersAny: 'thêm ngôn ngữ khác qua phiên dịch viên',
      lastChecked: 'Kiểm tra lần cuối {{date}}',
      noHelpline: 'Chúng tôi chưa có đường dây nóng nào cho {{country}}.',
      findHelpline: 'Tìm đường dây nóng ở {{country}}',
      emergency: 'Nếu bạn đang gặp nguy hiểm, hãy gọi số khẩn cấp ở nơi bạn ở.',
      hide: 'Ẩn đường dây nóng',
      show: 'Hiện đường dây nóng',
    },
    quickExit: {
      label: 'Thoát khỏi trang này',
      emergencyPrefix: 'Khẩn cấp',
      pressMore_other: '{{key}}: nhấn thêm {{count}} lần để thoát',
      timedOut: 'Đã hết thời gian phím tắt thoát',
      leaving: 'Đang tải…',
      safetyInfo:
        'Nút này không xóa lịch sử duyệt web của bạn. Nếu có người kiểm tra thiết bị này, hãy dùng cửa sổ ẩn danh hoặc một thiết bị an toàn hơn.',
      safetyLink: 'Cách duyệt web an toàn hơn',
    },
  },
};

export default vi;
