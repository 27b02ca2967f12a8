  const form = document.getElementById('change');
  const message = document.getElementById('message');
  const submit = document.getElementById('submit');

  function show(text, ok) {
    message.textContent = text;
    message.className = ok ? 'done' : 'error';
    message.hidden = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => document.getElementById(id).value;
    if (!value('userId').trim() || !value('oldPassword') || !value('newPassword')) {
      show('请填写用户名、原密码和新密码', false);
      return;
    }
    if (value('newPassword') !== value('repeat')) {
      show('两次输入的新密码不一致', false);
      return;
    }
    submit.disabled = true;
    try {
      const response = await fetch('/api/public/password', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
        body: JSON.stringify({userId: value('userId').trim(), oldPassword: value('oldPassword'),
                              newPassword: value('newPassword')})
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        form.reset();
        show(body.message || '密码已修改，请用新密码登录', true);
      } else {
        show(body.detail || '未能修改密码，请稍后再试', false);
      }
    } catch (e) {
      show('网络错误，请稍后再试', false);
    } finally {
      submit.disabled = false;
    }
  });
