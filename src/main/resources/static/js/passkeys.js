"use strict";
// Passkeys (WebAuthn) against Spring Security's endpoints: sign in on the sign-in and
// second-factor pages, register on the account page. Messages are in the page, in the
// reader's language; this script only shows or hides them.
(() => {
  const base64url = {
    encode(buffer) {
      const text = String.fromCharCode(...new Uint8Array(buffer));
      return window.btoa(text).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(value) {
      const text = window.atob(value.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        bytes[i] = text.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  function csrfHeaders() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? { "X-XSRF-TOKEN": decodeURIComponent(match[1]) } : {};
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...csrfHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status + " from " + url);
    }
    return response.json();
  }

  function show(element, visible) {
    if (element) {
      element.hidden = !visible;
    }
  }

  async function signIn(button) {
    const options = await post(button.dataset.options);
    const credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: base64url.decode(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
      }
    });
    const response = credential.response;
    const result = await post(button.dataset.login, {
      id: credential.id,
      rawId: base64url.encode(credential.rawId),
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (!(result && result.authenticated && result.redirectUrl)) {
      throw new Error("not signed in");
    }
    window.location.href = result.redirectUrl;
  }

  class WrongPassword extends Error {}

  async function register(form, label, password) {
    const confirmation = await fetch(form.dataset.confirm, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...csrfHeaders() },
      body: new URLSearchParams({ password })
    });
    if (!confirmation.ok) {
      throw new WrongPassword("HTTP " + confirmation.status);
    }
    const options = await post(form.dataset.options);
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: base64url.decode(options.user.id) },
        challenge: base64url.decode(options.challenge),
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
      }
    });
    const response = credential.response;
    const result = await post(form.dataset.register, {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          response: {
            attestationObject: base64url.encode(response.attestationObject),
            clientDataJSON: base64url.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        }
      }
    });
    if (!(result && result.success)) {
      throw new Error("not registered");
    }
    window.location.href = form.dataset.done;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const supported = !!window.PublicKeyCredential;
    const button = document.getElementById("passkey-sign-in");
    const signInError = document.getElementById("passkey-error");
    if (button) {
      show(button.closest(".passkey") || button, supported);
      button.addEventListener("click", async () => {
        show(signInError, false);
        try {
          await signIn(button);
        } catch (err) {
          console.error(err);
          show(signInError, true);
        }
      });
    }
    const form = document.getElementById("passkey-register");
    const registerError = document.getElementById("passkey-register-error");
    const passwordError = document.getElementById("passkey-password-error");
    show(document.getElementById("passkey-unsupported"), form && !supported);
    if (form) {
      show(form, supported);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        show(registerError, false);
        show(passwordError, false);
        const label = form.querySelector("input[name=label]").value.trim();
        const password = form.querySelector("input[name=password]");
        try {
          await register(form, label, password.value);
        } catch (err) {
          console.error(err);
          show(err instanceof WrongPassword ? passwordError : registerError, true);
        } finally {
          password.value = "";
        }
      });
    }
  });
})();
